using System.Text;
using Cpic.BuildingBlocks.Http;

namespace Cpic.LanguageCourses.Features.Aik;

/// <summary>
/// Reads the booking system's CSV export: RFC 4180 (quotes, doubled quotes), comma or semicolon separated, UTF-8,
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
        var records = Records(text.TrimStart('\uFEFF'), text.Split('\n', 2)[0].Contains(';', StringComparison.Ordinal) ? ';' : ',');
        var header = records.FirstOrDefault().Fields?.Select(f => f.Trim()).ToList() ?? [];
        var index = Columns.Select(c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (index.Any(i => i < 0))
        {
            throw new UnprocessableException("file", $"The first line must name the columns {string.Join(", ", Columns)}.");
        }

        return [.. records.Skip(1).Where(r => r.Fields.Any(f => f.Length > 0)).Select(r => new Row(r.Line,
            Field(r.Fields, index[0]), Field(r.Fields, index[1]), Field(r.Fields, index[2])))];
    }

    private static string Field(List<string> fields, int i) => i < fields.Count ? fields[i].Trim() : "";

    private static List<(int Line, List<string> Fields)> Records(string text, char delimiter)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"' && (quoted || field.Length == 0)) quoted = !quoted;
            else if (!quoted && c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (!quoted && c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                records.Add((start, fields));
                (fields, line) = ([], line + 1);
                field.Clear();
                start = line;
            }
            else { if (c == '\n') line++; field.Append(c); }
        }

        if (quoted)
        {
            throw new MalformedRequestException($"The CSV file is malformed: a quoted field opened on line {start} is never closed.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((start, fields));
        }

        return records;
    }
}
