using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

/// <summary>Real NDJSON rows of every kind validate against their kind's schema in the served OpenAPI document.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class FeedRowSchemaCheckTests(CpicApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_feed_row_matches_the_schema_its_kind_names()
    {
        var (known, anonymous) = (Client(nationality: "UA", birthYear: 1987), Client());
        await app.Publish("LBC", [known, anonymous, Service("LBC", new DateOnly(2025, 6, 2), known.ClientId, anonymous.ClientId),
            .. ActivityStatisticsTests.Activities()]);
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var mapping = schemas.GetProperty("Monitoring.FeedRow").GetProperty("discriminator").GetProperty("mapping");

        var body = await (await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync("/api/v1/monitoring/facts")).Content.ReadAsStringAsync();
        var rows = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

        rows.Select(r => r.GetProperty("kind").GetString()).Distinct().Should()
            .BeEquivalentTo(mapping.EnumerateObject().Select(m => m.Name), "the sample has a row of every kind");
        foreach (var row in rows)
        {
            var reference = mapping.GetProperty(row.GetProperty("kind").GetString()!).GetString()!;
            var schema = schemas.GetProperty(reference["#/components/schemas/".Length..]);
            var columns = row.EnumerateObject().Select(c => c.Name).ToList();
            schema.GetProperty("required").EnumerateArray().Select(n => n.GetString()).Should().BeSubsetOf(columns);
            foreach (var column in row.EnumerateObject())
            {
                schema.GetProperty("properties").TryGetProperty(column.Name, out var property).Should().BeTrue(column.Name);
                Violation(column.Value, property).Should().BeNull($"{column.Name} = {column.Value} in {row}");
            }
        }
    }

    /// <summary>Why a value does not fit its property schema (OpenAPI 3.0 subset used by the feed), or null.</summary>
    private static string? Violation(JsonElement value, JsonElement schema)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean() ? null : "null but not nullable";
        }

        var type = schema.GetProperty("type").GetString();
        var fits = (type, value.ValueKind) switch
        {
            ("integer", JsonValueKind.Number) => value.TryGetInt64(out _),
            ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
            ("array", JsonValueKind.Array) => value.EnumerateArray().All(item => Violation(item, schema.GetProperty("items")) is null),
            ("string", JsonValueKind.String) => Format(value.GetString()!, schema),
            _ => false,
        };
        var listed = !schema.TryGetProperty("enum", out var values) || values.EnumerateArray().Any(v => v.ToString() == value.ToString());
        return fits && listed ? null : $"not a {type} of the schema";
    }

    private static bool Format(string text, JsonElement schema) =>
        (schema.TryGetProperty("format", out var format) ? format.GetString() : null) switch
        {
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", out _),
            "uuid" => Guid.TryParse(text, out _),
            _ => !schema.TryGetProperty("pattern", out var pattern) || System.Text.RegularExpressions.Regex.IsMatch(text, pattern.GetString()!),
        };
}
