using System.Net;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

/// <summary>
/// The headers a client acts on are in the OpenAPI document. (Every test also checks that the host sends none the
/// document does not declare for the operation and status: <see cref="ServedHeaders"/>.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DeclaredHeadersTests(CpicApp app)
{
    [Fact]
    public async Task Location_Retry_After_idempotency_and_conditional_reads_are_declared()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Name: $"{o.Key} {p.Key}", Operation: o.Value!))).ToList();
        foreach (var (name, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            Headers(responses["503"]).Should().Contain("Retry-After", name);
            if (responses["201"] is { } created) Headers(created).Should().Contain("Location", name);
            if (responses["412"] is { } stale) Headers(stale).Should().Contain("ETag", name);
            var parameters = operation["parameters"]?.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList() ?? [];
            if (parameters.Contains("Idempotency-Key"))
            {
                responses.Where(r => r.Key.StartsWith('2')).Should().OnlyContain(r => Headers(r.Value).Contains("Idempotent-Replayed"), name);
            }

            if (responses["304"] is { } notModified)
            {
                parameters.Should().Contain("If-None-Match", name);
                Headers(notModified).Should().Contain("ETag", name);
            }
        }

        operations.Where(o => o.Name.StartsWith("get /api/v1/reference/", StringComparison.Ordinal) && !o.Name.Contains("centres", StringComparison.Ordinal))
            .Should().OnlyContain(o => o.Operation["responses"]!["304"] != null);
        var statistics = document["paths"]!["/api/v1/monitoring/statistics"]!["get"]!["responses"]!["200"];
        Headers(statistics).Should().Contain("Cpic-Statistics-Definition");
        Headers(document["paths"]!["/api/v1/monitoring/facts"]!["get"]!["responses"]!["200"]).Should().Contain("Cpic-Facts-Schema");
    }

    [Fact]
    public async Task A_code_list_read_again_with_its_ETag_is_a_304()
    {
        var client = app.ClientFor("LBC", Roles.Counsellor);
        var first = await client.GetAsync("/api/v1/reference/regions");
        await first.ShouldBe(HttpStatusCode.OK);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/regions");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again);
        await response.ShouldBe(HttpStatusCode.NotModified);
        response.Headers.ETag.Should().Be(first.Headers.ETag);
    }

    private static List<string> Headers(JsonNode? response) =>
        response?["headers"]?.AsObject().Select(h => h.Key).ToList() ?? [];
}
