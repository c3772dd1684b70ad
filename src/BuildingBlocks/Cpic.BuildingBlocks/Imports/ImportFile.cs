using System.Text.Json;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Http;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>
/// Reads an uploaded import file into rows: CSV with a header row (<c>text/csv</c>, <see cref="ImportCsv"/>) or
/// NDJSON, one JSON object per line (<c>application/x-ndjson</c>). What is wrong with the file as a whole (an unknown
/// or missing column, an unknown member, no rows, too many) is a 422 and stores nothing; what is wrong with a row
/// (an unreadable line, a missing or repeated source id) is that row's error in the report.
/// </summary>
public static class ImportFile
{
    public const string Csv = "text/csv", Ndjson = "application/x-ndjson";
    public const int MaxBytes = 32 * 1024 * 1024, MaxRows = 100_000, MaxSourceIdLength = 100;

    /// <summary>The import format named by a Content-Type; 415 for any other.</summary>
    public static string FormatOf(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            Csv => Csv,
            Ndjson or "application/ndjson" => Ndjson,
            _ => throw new ProblemException(ProblemTypes.UnsupportedMediaType,
                $"Send the file as {Csv} (with a header row) or {Ndjson} (one JSON object per line)."),
        };

    public static List<ImportRowText> Parse(string text, string format, ImportLayout layout)
    {
        var rows = format == Csv ? ImportCsv.Rows(text, layout) : NdjsonRows(text, layout);
        return rows.Count switch
        {
            0 => throw new UnprocessableException("file", "The file has no rows."),
            > MaxRows => throw new UnprocessableException("file", $"The file has {rows.Count} rows; split it into files of at most {MaxRows}."),
            _ => Checked(rows),
        };
    }

    private static List<(int Line, JsonObject? Row, string? Error)> NdjsonRows(string text, ImportLayout layout)
    {
        var rows = new List<(int, JsonObject?, string?)>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            try
            {
                rows.Add(JsonNode.Parse(lines[i]) is JsonObject row ? (i + 1, row, null) : (i + 1, null, "The line is not a JSON object."));
            }
            catch (JsonException e)
            {
                rows.Add((i + 1, null, $"The line is not JSON: {e.Message}"));
            }
        }

        var unknown = rows.SelectMany(r => ((JsonObject?)r.Item2)?.Select(m => m.Key) ?? []).Distinct()
            .Where(m => !layout.Members.Contains(m)).ToList();
        return unknown.Count == 0 ? rows : throw new UnprocessableException("file",
            $"Unknown members: {string.Join(", ", unknown)}. A {layout.Kind} row has: {string.Join(", ", layout.Members)}.");
    }

    private static List<ImportRowText> Checked(List<(int Line, JsonObject? Row, string? Error)> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<ImportRowText>(rows.Count);
        foreach (var (line, row, unreadable) in rows)
        {
            var sourceId = row?["sourceId"] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : "";
            var (field, error) = unreadable is not null ? ("$", unreadable)
                : sourceId.Length is 0 or > MaxSourceIdLength || sourceId.Any(char.IsControl)
                    ? ("sourceId", $"sourceId is required: the row's id in the source system, at most {MaxSourceIdLength} characters.")
                    : !seen.TryAdd(sourceId, line) ? ("sourceId", $"sourceId {sourceId} repeats line {seen[sourceId]}.")
                    : (null, null);
            result.Add(new ImportRowText(line, sourceId, error is null ? row!.ToJsonString() : null,
                error is null ? null : new() { [field!] = [error] }));
        }

        return result;
    }
}
