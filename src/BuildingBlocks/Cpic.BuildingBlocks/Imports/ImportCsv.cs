using System.Globalization;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Http;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>
/// A CSV import file as JSON rows: the header names the layout's columns (any order, any case); each later line
/// becomes the JSON the API takes, each non-empty cell at its column's path. An empty cell is an absent value.
/// A cell that is not what its column holds (<c>yes</c> for a flag) is passed on as text, so the row is refused
/// naming the field, as the API refuses a value of the wrong type.
/// </summary>
internal static class ImportCsv
{
    public static List<(int Line, JsonObject? Row, string? Error)> Rows(string text, ImportLayout layout)
    {
        var records = CsvRecords.Read(text);
        var header = records.FirstOrDefault()?.Fields ?? [];
        var columns = header.Select(layout.Find).ToList();
        var unknown = header.Where((h, i) => columns[i] is null).ToList();
        var missing = layout.Columns.Where(c => c.Required && !columns.Contains(c)).Select(c => c.Name).ToList();
        var repeated = columns.OfType<ImportColumn>().GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key.Name).ToList();
        var problems = new List<string>();
        if (unknown.Count > 0) problems.Add($"Unknown columns: {string.Join(", ", unknown)}.");
        if (missing.Count > 0) problems.Add($"Missing columns: {string.Join(", ", missing)}.");
        if (repeated.Count > 0) problems.Add($"Columns named twice: {string.Join(", ", repeated)}.");
        if (problems.Count > 0)
        {
            problems.Add($"The first line names the columns of a {layout.Kind} file: {string.Join(", ", layout.Columns.Select(c => c.Name))}.");
            throw new UnprocessableException("file", string.Join(" ", problems));
        }

        return [.. records.Skip(1).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).Select(r => Row(r, columns!))];
    }

    private static (int, JsonObject?, string?) Row(CsvRecords.Record record, List<ImportColumn> columns)
    {
        if (record.Fields.Skip(columns.Count).Any(f => f.Trim().Length > 0))
        {
            return (record.Line, null, $"The line has {record.Fields.Count} cells; the header names {columns.Count} columns.");
        }

        var row = new JsonObject();
        foreach (var (column, cell) in columns.Zip(record.Fields).Where(p => p.Second.Trim().Length > 0))
        {
            Set(row, column.Path.Split('.'), Value(column.Kind, cell.Trim()));
        }

        return (record.Line, row, null);
    }

    private static JsonNode Value(CellKind kind, string cell) => kind switch
    {
        CellKind.Flag when bool.TryParse(cell, out var flag) => JsonValue.Create(flag),
        CellKind.Number when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        CellKind.List => new JsonArray([.. cell.Split('|').Select(i => i.Trim()).Where(i => i.Length > 0).Select(i => (JsonNode)JsonValue.Create(i))]),
        _ => JsonValue.Create(cell),
    };

    /// <summary>Puts <paramref name="value"/> at the dotted path, creating the objects and list items on the way.</summary>
    private static void Set(JsonNode parent, string[] path, JsonNode value)
    {
        var key = path[0];
        var last = path.Length == 1;
        JsonNode Child() => last ? value : int.TryParse(path[1], out _) ? new JsonArray() : new JsonObject();
        if (parent is JsonArray list)
        {
            var index = int.Parse(key, CultureInfo.InvariantCulture);
            while (list.Count <= index) list.Add(last ? null : new JsonObject());
            if (last) list[index] = value; else Set(list[index]!, path[1..], value);
            return;
        }

        var obj = (JsonObject)parent;
        if (last) { obj[key] = value; return; }
        obj[key] ??= Child();
        Set(obj[key]!, path[1..], value);
    }
}
