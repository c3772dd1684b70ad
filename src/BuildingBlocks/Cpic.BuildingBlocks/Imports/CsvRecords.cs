using System.Text;
using Cpic.BuildingBlocks.Http;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>
/// Splits CSV text into records: RFC 4180 (quotes, doubled quotes, line breaks inside quotes), comma or semicolon
/// separated (the separator of the first line), a UTF-8 byte order mark ignored. Each record keeps the line it starts on.
/// A quoted field that never closes is a 400.
/// </summary>
public static class CsvRecords
{
    public sealed record Record(int Line, List<string> Fields);

    public static List<Record> Read(string text)
    {
        text = text.TrimStart('\uFEFF');
        var delimiter = text.Split('\n', 2)[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var records = new List<Record>();
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
                records.Add(new Record(start, fields));
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
            records.Add(new Record(start, fields));
        }

        return records;
    }
}
