using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cpic.BuildingBlocks.Auth;
using Xunit.Abstractions;

namespace Cpic.Api.Tests;

[CollectionDefinition(Name)]
public sealed class ExamplesCollection : ICollectionFixture<CpicApp>
{
    public const string Name = "examples";
}

/// <summary>
/// The request bodies Swagger UI pre-fills (composed from the schemas' examples, as Swagger UI does) are sent to the
/// host on a database of their own, every operation's once the records its path names exist: the POSTs that start a
/// workflow go first, and the ids of what they create fill the later operations' path parameters (by the path that
/// created them) and the bodies' <c>...Id</c> members (by kind). Records created inside others are read from the
/// list or the answer that shows them (<see cref="Listed"/>, <see cref="Shown"/>), and an operation that needs a state
/// first (an approved goal set, a second client, a course whose enrolment window is open today) gets it through
/// <see cref="Setups"/>. Every example succeeds.
/// </summary>
[Collection(ExamplesCollection.Name)]
public sealed partial class RequestExampleTests(CpicApp app, ITestOutputHelper output)
{
    private readonly Dictionary<string, string> _etags = [];

    private static readonly string[] Tokens = [Roles.Counsellor, Roles.CentreHead, Roles.Lecturer, Roles.MinistryCoordinator, Roles.Integrator];

    [Fact]
    public async Task Every_pre_filled_body_is_accepted_once_the_records_it_names_exist()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var pending = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => new Example(p.Key, o.Key.ToUpperInvariant(), o.Value!)))
            .Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null || o.Method == "DELETE")
            .OrderBy(o => o.Stage).ToList();
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        var outcomes = new Dictionary<Example, string>();
        // Rounds: an operation goes once every record its path names has been created by an earlier one, the ends of
        // records (closing, cancelling, erasing) once nothing else is left; a 422 goes again in a later round, when the
        // records it needs may exist.
        while (await ReadyAsync(pending, created) is { Count: > 0 } ready)
        {
            foreach (var example in (ready.Any(o => o.Stage < 3) ? ready.Where(o => o.Stage < 3) : ready).OrderBy(o => o.Stage))
            {
                pending.Remove(example);
                await PrepareAsync(example, document, created);
                var body = BodyOf(example, document, created);
                if (body is JsonObject members) Setups.GetValueOrDefault($"{example.Method} {example.Path}")?.Edit?.Invoke(members, created);
                var (status, answer, location) = await SendAsync(example, example.PathFrom(created)!, body?.ToJsonString());
                if (status == 201 && (location ?? IdIn(answer)) is { } id)
                {
                    created[example.Path] = id.Split('/')[^1];
                    if (location?.LastIndexOf('/') is > 0 and var end) created[location[..end]] = id.Split('/')[^1];
                }

                if (status == 201 && Shown.TryGetValue(example.Path, out var shown) && shown.Id(JsonNode.Parse(answer)!) is { } value)
                {
                    created[shown.Key] = value.GetValue<string>();
                }

                outcomes[example] = $"{status} {example.Method} {example.Path}: {answer}";
                if (status == 422 && example.Attempts++ < 3) pending.Add(example);
            }
        }

        outcomes.Values.ToList().ForEach(output.WriteLine);
        pending.Where(o => !outcomes.ContainsKey(o)).Select(o => $"{o.Method} {o.Path}")
            .Should().BeEmpty("every example names records a test can create");
        outcomes.Values.Should().OnlyContain(o => o.StartsWith('2'), "every example succeeds once its setup has run");
    }

    /// <summary>
    /// The pending operations whose path records exist, once the records created inside others (a closed meeting's
    /// action items...) are read from the answer that shows them.
    /// </summary>
    private async Task<List<Example>> ReadyAsync(List<Example> pending, Dictionary<string, string> created)
    {
        foreach (var (key, (list, pick)) in Listed.Where(l => !created.ContainsKey(l.Key)))
        {
            if (new Example(list, "GET", new JsonObject()).PathFrom(created) is not { } path) continue;
            var response = await app.ClientFor("LBC", Roles.CentreHead).GetAsync(path);
            if (response.IsSuccessStatusCode && pick(JsonNode.Parse(await response.Content.ReadAsStringAsync())!) is { } id)
            {
                created[key] = id.GetValue<string>();
                if (id.Parent?["version"] is { } version) _etags[$"{key}/{created[key]}"] = $"\"{version}\"";
            }
        }

        return pending.Where(o => o.PathFrom(created) is not null).ToList();
    }

    /// <summary>Records created inside others: the answer that shows them and where their id is in it.</summary>
    private static readonly Dictionary<string, (string List, Func<JsonNode, JsonNode?> Id)> Listed = new()
    {
        // A listed record's version is its ETag, as a client reading the list sends it.
        ["/api/v1/platforms/action-items"] = ("/api/v1/platforms/action-items", a => First(a["items"])?["id"]),
        ["/api/v1/platforms/proposals"] = ("/api/v1/platforms/proposals", a => First(a["items"])?["id"]),
        ["/api/v1/goals/sets/{id}/key-results"] = ("/api/v1/goals/sets/{id}", a => First(a["goals"])?["keyResults"]?.AsArray().FirstOrDefault(k => k?["kind"]?.GetValue<string>() == "manual")?["id"]),
    };

    /// <summary>Keys shown only in the answer that creates them (an evaluation's response tokens): where they are.</summary>
    private static readonly Dictionary<string, (string Key, Func<JsonNode, JsonNode?> Id)> Shown = new()
    {
        ["/api/v1/platforms/bodies/{bodyId}/evaluations"] = ("/api/v1/platforms/evaluations/responses", a => First(a["links"])?["token"]),
    };

    private static JsonNode? First(JsonNode? list) => list is JsonArray { Count: > 0 } items ? items[0] : null;

    /// <summary>
    /// Sends the steps the operation needs first (<see cref="Setups"/>): each with its example, edited where the setup
    /// says; then the setup's last changes to the kept ids.
    /// </summary>
    private async Task PrepareAsync(Example example, JsonNode document, Dictionary<string, string> created)
    {
        var setup = Setups.GetValueOrDefault($"{example.Method} {example.Path}");
        foreach (var (method, template, creates, edit) in setup?.Steps ?? [])
        {
            var step = new Example(template.Split('?')[0], method, document["paths"]![template.Split('?')[0]]![method.ToLowerInvariant()]!);
            if (step.PathFrom(created) is not { } path) continue;
            var body = BodyOf(step, document, created);
            if (body is JsonObject members) edit?.Invoke(members, created);
            // A record made by a step reaches other modules asynchronously (a client registered, then enrolled): the
            // next step goes once every message the step caused is handled.
            var (status, answer, _) = await app.AndWaitForMessages(() => SendAsync(step, path + template[step.Path.Length..], body?.ToJsonString()));

            _etags.Remove(path); // the answer is the record's, whose ETag the next step reads again
            output.WriteLine($"  first {status} {method} {template}");
            if (creates is not null && IdIn(answer) is { } id) created[creates] = id;
        }

        setup?.Then?.Invoke(created);
    }

    /// <summary>The body Swagger UI pre-fills for the operation, with the ids of created records.</summary>
    private static JsonNode? BodyOf(Example example, JsonNode document, IReadOnlyDictionary<string, string> created) =>
        example.Operation["requestBody"]?["content"]?["application/json"] is { } content
            ? WithCreatedIds((content["example"] ?? ExampleOf(content["schema"]!, document["components"]!["schemas"]!, 0))!.DeepClone(), created)
            : null;

    private async Task<(int Status, string Body, string? Location)> SendAsync(Example example, string path, string? json)
    {
        var method = new HttpMethod(example.Method);
        (int, string, string?) last = (0, "", null);
        foreach (var role in Tokens)
        {
            var client = app.ClientFor(role.StartsWith("ministry", StringComparison.Ordinal) ? null : "LBC", role);
            var request = new HttpRequestMessage(method, path)
            {
                Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
            };
            if (example.Operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "If-Match") == true)
            {
                // An update sends the ETag it read (of the record or, for a part of it, of the record), as a client would.
                request.Headers.TryAddWithoutValidation("If-Match", await ETagAsync(client, path));
            }

            var response = await client.SendAsync(request);
            last = ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
            if (response.Headers.ETag?.Tag is { } etag) _etags[response.Headers.Location?.OriginalString ?? path] = etag;
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                return last;
            }
        }

        return last;
    }

    /// <summary>The ETag of the record the path is (or is a part of): read, or else the last one an answer carried.</summary>
    private async Task<string?> ETagAsync(HttpClient client, string path)
    {
        for (var read = path; read.Count(c => c == '/') > 3; read = read[..read.LastIndexOf('/')])
        {
            if ((await client.GetAsync(read)).Headers.ETag?.Tag is { } tag) return tag;
            if (_etags.TryGetValue(read, out var seen)) return seen;
        }

        return null;
    }

    private static string? IdIn(string answer) =>
        answer.StartsWith('{') && JsonNode.Parse(answer)?["id"] is JsonValue id && id.TryGetValue<string>(out var value) ? value : null;

    /// <summary>The example with the ids of created records in its <c>...Id</c> and <c>...Ids</c> members.</summary>
    private static JsonNode? WithCreatedIds(JsonNode? body, IReadOnlyDictionary<string, string> created)
    {
        if (body is JsonObject members)
        {
            foreach (var (name, value) in members.ToList())
            {
                var kind = Kinds.GetValueOrDefault(name) ?? (name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^3]
                    : name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : null);
                var id = Created(kind, created);
                members[name] = (value, id) switch
                {
                    (JsonValue, { } known) => known,
                    (JsonArray, { } known) when name.EndsWith("Ids", StringComparison.Ordinal) => new JsonArray(known),
                    _ => WithCreatedIds(value, created),
                };
            }
        }
        else if (body is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++) items[i] = WithCreatedIds(items[i]?.DeepClone(), created);
        }

        return body;
    }

    /// <summary>Members naming a record whose name does not say its kind.</summary>
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["addressedTo"] = "actor", ["ownerActorId"] = "actor", ["organiserActorId"] = "actor",
        ["mergedClientId"] = "duplicate",
    };

    /// <summary>The id of a created record of a kind (client, body, person...), by its collection's name.</summary>
    private static string? Created(string? kind, IReadOnlyDictionary<string, string> created)
    {
        if (kind is null) return null;
        var collection = kind switch { "person" => "people", "body" => "bodies", _ => kind + "s" };
        return created.FirstOrDefault(c => c.Key.EndsWith("/" + collection, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>An operation with a pre-filled body (or a DELETE) and the stage it goes in: creations, updates, actions, ends.</summary>
    private sealed partial class Example(string path, string method, JsonNode operation)
    {
        public string Path { get; } = path;
        public string Method { get; } = method;
        public JsonNode Operation { get; } = operation;
        public int Attempts { get; set; }

        public int Stage => Method switch
        {
            // Last: erasing a client changes its services and cases in other modules (asynchronously).
            _ when Path.EndsWith("/anonymisation", StringComparison.Ordinal) => 5,
            "DELETE" => 4,
            _ when Path.EndsWith("/cancel", StringComparison.Ordinal)
                || Path.EndsWith("/cancellation", StringComparison.Ordinal) => 4,
            "PUT" or "PATCH" => 1,
            _ when Ending().IsMatch(Path) => 3,
            // After the updates: their first steps end the draft.
            _ when Setups.ContainsKey($"{Method} {Path}") => 2,
            _ when Path.EndsWith('}') || !Path.Contains('{', StringComparison.Ordinal) => 0,
            _ => Path.Split('/')[^1].EndsWith('s') ? 0 : 2,
        };

        /// <summary>The path with its parameters filled: a created record's id (by the path that created it) or the parameter's example.</summary>
        public string? PathFrom(IReadOnlyDictionary<string, string> created)
        {
            var path = Path;
            foreach (Match parameter in Parameter().Matches(Path))
            {
                var declared = Operation["parameters"]?.AsArray().FirstOrDefault(p => p!["name"]!.GetValue<string>() == parameter.Groups[1].Value);
            var isKey = declared?["schema"]?["format"]?.GetValue<string>() == "uuid" || parameter.Groups[1].Value == "code";
            var value = (isKey ? created.GetValueOrDefault(Path[..(parameter.Index - 1)]) : null)
                ?? declared?["example"]?.ToString() ?? created.GetValueOrDefault(Path[..(parameter.Index - 1)]);
                if (value is null) return null;
                path = path.Replace(parameter.Value, Uri.EscapeDataString(value), StringComparison.Ordinal);
            }

            return path;
        }

        [GeneratedRegex(@"\{(\w+)\}")]
        private static partial Regex Parameter();

        [GeneratedRegex("/(merge|withdrawal|close|return|status)$")]
        private static partial Regex Ending();
    }

    /// <summary>What Swagger UI pre-fills for a schema: its example, else one composed from its members.</summary>
    private static JsonNode? ExampleOf(JsonNode schema, JsonNode schemas, int depth)
    {
        if (schema["$ref"] is { } reference)
        {
            return ExampleOf(schemas[reference.GetValue<string>().Split('/')[^1]]!, schemas, depth + 1);
        }

        if (schema["example"] is { } example) return example.DeepClone();
        if (schema["enum"] is JsonArray values) return values[0]?.DeepClone();
        if ((schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"]) is JsonArray variants) return ExampleOf(variants[0]!, schemas, depth + 1);
        return schema["type"]?.GetValue<string>() switch
        {
            "object" when schema["properties"] is JsonObject properties && depth < 8 => new JsonObject(properties
                .Select(p => KeyValuePair.Create(p.Key, ExampleOf(p.Value!, schemas, depth + 1)))),
            "object" => new JsonObject(),
            "array" => new JsonArray(ExampleOf(schema["items"]!, schemas, depth + 1)),
            "integer" or "number" => JsonValue.Create(schema["minimum"]?.GetValue<double>() ?? 0),
            "boolean" => JsonValue.Create(true),
            _ => JsonValue.Create(schema["format"]?.GetValue<string>() switch
            {
                "date" => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "date-time" => DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "email" => "user@example.com",
                _ => "string",
            }),
        };
    }
}
