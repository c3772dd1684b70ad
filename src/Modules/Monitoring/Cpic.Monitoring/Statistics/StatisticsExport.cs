using System.Globalization;
using System.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The statistics as one flat table for spreadsheets: a row per section (totals, breakdown.&lt;dimension&gt;,
/// crossTable, courses.total/category/courseType, courses.aikCompletions, courses.skkAudience) and value, with every
/// figure of the JSON response. Suppressed cells read "&lt;5" (or "x") here too.
/// </summary>
internal static class StatisticsExport
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Header =
    [
        "section", "code", "code2", "clients", "services", "minutes", "courses", "sessions", "teachingHours", "completed",
        "servicesPerClient", "interpretedServices", "countries", "audience", "completions", "completionRate", "towns",
        "definitionVersion",
    ];

    /// <summary>
    /// Formatted in memory (a statistics table is small) and written at once: the response body refuses the
    /// synchronous writes a StreamWriter makes when its buffer fills.
    /// </summary>
    public static async Task WriteCsv(StatisticsResult result, Stream output, CancellationToken ct)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var row in Rows(result).Prepend(Header))
        {
            Csv.WriteRow(text, row);
        }

        await output.WriteAsync(new UTF8Encoding(false).GetBytes(text.ToString()), ct);
    }

    public static async Task WriteXlsx(StatisticsResult result, Stream output, CancellationToken ct)
    {
        var sheet = Rows(result).Select(row => Enumerable.Range(0, Header.Length).ToDictionary(
            i => Header[i], i => i is >= FirstFigure and < LastFigure ? Number(row[i]) : (object?)row[i]));
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheet, sheetName: "statistics", cancellationToken: ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    /// <summary>Figures are numbers in the spreadsheet, so it can sum them; "&lt;5" and "x" stay text.</summary>
    private static object? Number(string? value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole
        : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var fraction) ? fraction
        : value;

    // Columns clients..completionRate hold figures; section, codes, towns and definitionVersion ("2.0") stay text.
    private const int FirstFigure = 3;
    private const int LastFigure = 16;

    /// <summary>Every row as wide as the header (RFC 4180: the same number of fields on every line).</summary>
    private static IEnumerable<string?[]> Rows(StatisticsResult r) =>
        Sections(r).Select(row => row.Length == Header.Length ? row : [.. row, .. new string?[Header.Length - row.Length]]);

    private static IEnumerable<string?[]> Sections(StatisticsResult r)
    {
        var t = r.Totals;
        var c = CultureInfo.InvariantCulture;
        yield return ["totals", null, null, t.Clients.ToString(), t.Services.ToString(), t.Minutes.ToString(), null, null,
            null, null, t.ServicesPerClient?.ToString(c), t.InterpretedServices.ToString(), t.Countries.ToString(c),
            null, null, null, null, r.DefinitionVersion];
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
            yield return [section, row.Code, null, row.Participants.ToString(), null, null, row.Courses.ToString(c),
                row.Sessions.ToString(c), row.TeachingHours.ToString(c), row.Completed.ToString(), null, null, null,
                row.Audience.ToString(), row.Completions.ToString(), row.CompletionRate?.ToString(c), string.Join('|', row.Towns)];
        }

        yield return ["courses.aikCompletions", CourseStatistics.AikCategory, null, null, null, null, null, null, null, null,
            null, null, null, null, r.Courses.AikCompletions.ToString()];
        yield return ["courses.skkAudience", CourseStatistics.SkkCategory, null, null, null, null, null, null, null, null,
            null, null, null, r.Courses.SkkAudience.ToString()];
    }
}
