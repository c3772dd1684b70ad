using System.Text.Json.Nodes;

namespace Cpic.Api.Tests.Sweep;

/// <summary>One operation of the running host's OpenAPI document, with what the sweep needs to call it.</summary>
internal sealed record Operation(string Method, string Template, IReadOnlyList<(string Name, string? Example)> PathParameters,
    IReadOnlyList<(string Name, string? Format)> RequiredQuery, bool Authenticated, string ContentType)
{
    /// <summary>An id no record has, for a collection the sweep found nothing in (the same on every call).</summary>
    private static readonly string Unknown = Guid.CreateVersion7().ToString();

    public override string ToString() => $"{Method} {Template}";

    public static IReadOnlyList<Operation> From(JsonNode document) =>
    [
        .. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op =>
        {
            var parameters = op.Value!["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            return new Operation(op.Key.ToUpperInvariant(), path.Key,
                [.. parameters.Where(p => (string?)p["in"] == "path").Select(p => ((string)p["name"]!, p["example"]?.ToString()))],
                [.. parameters.Where(p => (string?)p["in"] == "query" && (bool?)p["required"] == true)
                    .Select(p => ((string)p["name"]!, (string?)p["schema"]?["format"]))],
                op.Value!["responses"]?["401"] is not null,
                op.Value!["requestBody"]?["content"]?.AsObject().FirstOrDefault().Key ?? "application/json");
        })),
    ];

    /// <summary>The URL with each <c>{id}</c> taken from the ids known for the collection before it.</summary>
    public string Url(IReadOnlyDictionary<string, List<string>> ids, string centre, DateOnly today)
    {
        var segments = Template.Split('/');
        var url = string.Join('/', segments.Select((segment, i) => segment.StartsWith('{') ? Value(segment.Trim('{', '}'), segments[i - 1], ids, centre) : segment));
        var query = RequiredQuery.Select(q => $"{q.Name}={(q.Format == "date" ? today.ToString("yyyy-MM-dd") : centre)}");
        return RequiredQuery.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
    }

    /// <summary>The collection an operation lists (its last literal segment), e.g. <c>sessions</c>.</summary>
    public string Collection => Template.Split('/').Last(s => !s.StartsWith('{'));

    public bool HasPathIds => PathParameters.Count > 0;

    private string Value(string name, string collection, IReadOnlyDictionary<string, List<string>> ids, string centre) =>
        ids.TryGetValue(collection, out var known) && known.Count > 0 ? known[0]
            : PathParameters.FirstOrDefault(p => p.Name == name).Example
              ?? (name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? Unknown : centre);
}
