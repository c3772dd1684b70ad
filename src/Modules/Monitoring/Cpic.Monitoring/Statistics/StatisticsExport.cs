using System.Globalization;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The statistics as one flat table for spreadsheets: a row per section (totals, breakdown.&lt;dimension&gt;,
/// crossTable, courses.total/category/courseType) and value. Suppressed cells read "&lt;5" here too.
/// </summary>
internal static class StatisticsExport
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Header =
        ["section", "code", "code2", "clients", "services", "minutes", "courses", "sessions", "teachingHours", "completed"];

    public static async Task WriteCsv(StatisticsResult result, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        foreach (var row in Rows(result).Prepend(Header))
        {
            Csv.WriteRow(writer, row);
        }

        await writer.FlushAsync(ct);
    }

    public static async Task WriteXlsx(StatisticsResult result, Stream output, CancellationToken ct)
    {
        var sheet = Rows(result).Select(row => Header.Zip(row).ToDictionary(p => p.First, p => (object?)p.Second));
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheet, sheetName: "statistics", cancellationToken: ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static IEnumerable<string?[]> Rows(StatisticsResult r)
    {
        var t = r.Totals;
        yield return ["totals", null, null, t.Clients.ToString(), t.Services.ToString(), t.Minutes.ToString(), null, null, null, null];
        foreach (var (dimension, rows) in r.Breakdowns)
        {
            foreach (var row in rows)
            {
                yield return [$"breakdown.{dimension}", row.Code, null, row.Clients.ToString(), row.Services.ToString(),
                    row.Minutes?.ToString(), null, null, null, null];
            }
        }

        foreach (var row in r.CrossTable?.Rows ?? [])
        {
            yield return ["crossTable", row.Keys[0], row.Keys.ElementAtOrDefault(1), row.Clients.ToString(),
                row.Services.ToString(), row.Minutes?.ToString(), null, null, null, null];
        }

        foreach (var (section, row) in r.Courses.ByCategory.Select(c => ("courses.category", c))
                     .Concat(r.Courses.ByCourseType.Select(c => ("courses.courseType", c))).Prepend(("courses.total", r.Courses.Totals)))
        {
            yield return [section, row.Code, null, row.Participants.ToString(), null, null,
                row.Courses.ToString(CultureInfo.InvariantCulture), row.Sessions.ToString(CultureInfo.InvariantCulture),
                row.TeachingHours.ToString(CultureInfo.InvariantCulture), row.Completed.ToString()];
        }
    }
}
