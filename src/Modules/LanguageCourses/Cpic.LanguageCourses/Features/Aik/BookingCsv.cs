using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Imports;

namespace Cpic.LanguageCourses.Features.Aik;

/// <summary>
/// Reads the booking system's CSV export: RFC 4180, comma or semicolon separated, UTF-8 (<see cref="CsvRecords"/>),
/// header <c>bookingId,courseId,clientCode</c> in any order. The whole file is parsed before anything is stored, so
/// a malformed file stores nothing. (CsvHelper 34 on the mirror is a rewrite with a new API; three columns do not
/// justify learning it.)
/// </summary>
internal static class BookingCsv
{
    public const int MaxBytes = 4 * 1024 * 1024;
    private static readonly string[] Columns = ["bookingId", "courseId", "clientCode"];

    internal sealed record Row(int Line, string BookingId, string CourseId, string ClientCode);

    public static List<Row> Parse(string text)
    {
        var records = CsvRecords.Read(text);
        var header = records.FirstOrDefault()?.Fields.Select(f => f.Trim()).ToList() ?? [];
        var index = Columns.Select(c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (index.Any(i => i < 0))
        {
            throw new UnprocessableException("file", $"The first line must name the columns {string.Join(", ", Columns)}.");
        }

        return [.. records.Skip(1).Where(r => r.Fields.Any(f => f.Length > 0)).Select(r => new Row(r.Line,
            Field(r.Fields, index[0]), Field(r.Fields, index[1]), Field(r.Fields, index[2])))];
    }

    private static string Field(List<string> fields, int i) => i < fields.Count ? fields[i].Trim() : "";
}
