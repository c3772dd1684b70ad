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
/// host on a database of their own: the POSTs that start a workflow succeed as they are; the others name records the
/// example cannot know, and fail only for that.
/// </summary>
[Collection(ExamplesCollection.Name)]
public sealed partial class RequestExampleTests(CpicApp app, ITestOutputHelper output)
{
    private static readonly string[] Tokens = [Roles.Counsellor, Roles.CentreHead, Roles.Lecturer, Roles.MinistryCoordinator, Roles.Integrator];

    [Fact]
    public async Task The_pre_filled_bodies_of_operations_without_path_parameters_are_accepted()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!;
        var operations = document["paths"]!.AsObject().Where(p => !p.Key.Contains('{', StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null);
        var outcomes = new List<string>();
        foreach (var (path, method, operation) in operations)
        {
            var content = operation["requestBody"]!["content"]!["application/json"]!;
            var body = content["example"] ?? ExampleOf(content["schema"]!, schemas, 0);
            var (status, answer) = await SendAsync(new HttpMethod(method.ToUpperInvariant()), path, body!.ToJsonString());
            outcomes.Add($"{status} {method} {path}: {answer}");
        }

        outcomes.ForEach(output.WriteLine);
        outcomes.Should().OnlyContain(o => o.StartsWith('2') || NamesOnlyUnknownRecords(o));
    }

    /// <summary>A 422 whose every error is a record of the example (a client, a list) that this database lacks.</summary>
    private static bool NamesOnlyUnknownRecords(string outcome)
    {
        if (!outcome.StartsWith("422", StringComparison.Ordinal)) return false;
        var errors = JsonNode.Parse(outcome[(outcome.IndexOf(": ", StringComparison.Ordinal) + 2)..])!["errors"]!.AsObject();
        return errors.SelectMany(e => e.Value!.AsArray()).All(m => UnknownRecord().IsMatch(m!.GetValue<string>()));
    }

    [GeneratedRegex(@"^(Client|Body|Distribution list|Person|Actor) [0-9a-f-]{36} is not a (current )?\w+( \w+)? of this centre\.$")]
    private static partial Regex UnknownRecord();

    private async Task<(int Status, string Body)> SendAsync(HttpMethod method, string path, string json)
    {
        (int, string) last = (0, "");
        foreach (var role in Tokens)
        {
            var client = app.ClientFor(role.StartsWith("ministry", StringComparison.Ordinal) ? null : "LBC", role);
            var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (method == HttpMethod.Put)
            {
                // An update sends the ETag it read, as a client would.
                request.Headers.TryAddWithoutValidation("If-Match", (await client.GetAsync(path)).Headers.ETag?.Tag);
            }

            var response = await client.SendAsync(request);
            last = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                return last;
            }
        }

        return last;
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
