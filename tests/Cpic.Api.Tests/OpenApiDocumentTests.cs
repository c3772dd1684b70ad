using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cpic.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(CpicApp app)
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task The_committed_openapi_document_matches_the_running_host()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        await response.ShouldBe(HttpStatusCode.OK);
        var current = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Indented) + "\n";

        var path = Repository.PathOf("api-spec", "openapi.json");
        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        if (committed != current)
        {
            // Regenerate in place so that the developer reviews and commits the new document.
            await File.WriteAllTextAsync(path, current);
        }

        (committed == current).Should().BeTrue("api-spec/openapi.json was stale; it has been regenerated: review and commit it");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_tag_and_camel_case_query_parameters()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (p.Key, o.Key, o.Value!)));
        foreach (var (path, method, operation) in operations)
        {
            operation["summary"].Should().NotBeNull($"{method} {path} needs a summary");
            operation["tags"].Should().NotBeNull($"{method} {path} needs a tag");
            var names = (operation["parameters"]?.AsArray() ?? []).Where(p => (string?)p!["in"] == "query").Select(p => (string)p!["name"]!);
            names.Where(n => !char.IsLower(n[0])).Should().BeEmpty($"{method} {path} names its query parameters in camelCase");
        }
    }

    [Fact]
    public async Task Updates_declare_a_required_if_match_header_and_responses_declare_the_etag()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var update = document["paths"]!["/api/v1/clients/{id}"]!["put"]!;
        var ifMatch = update["parameters"]!.AsArray().SingleOrDefault(p => (string?)p!["name"] == "If-Match");
        ifMatch.Should().NotBeNull("PUT /api/v1/clients/{id} needs If-Match");
        ((string)ifMatch!["in"]!, (bool)ifMatch["required"]!).Should().Be(("header", true));
        update["responses"]!["200"]!["headers"]?["ETag"].Should().NotBeNull("the update answers with the new ETag");
        update["responses"]!["428"].Should().NotBeNull();
        document["paths"]!["/api/v1/clients/{id}"]!["get"]!["responses"]!["200"]!["headers"]?["ETag"].Should().NotBeNull();
        document["paths"]!["/api/v1/clients"]!["post"]!["responses"]!["201"]!["headers"]?["ETag"].Should().NotBeNull();

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (p.Key, o.Key, o.Value!)));
        foreach (var (path, method, operation) in operations.Where(o => o.Item3["responses"]?["412"] is not null))
        {
            var names = (operation["parameters"]?.AsArray() ?? []).Where(p => (string?)p!["in"] == "header").Select(p => (string)p!["name"]!);
            names.Should().Contain("If-Match", $"{method} {path} answers 412, so it needs If-Match");
            operation["responses"]!["428"].Should().NotBeNull($"{method} {path} answers 428 without If-Match");
        }
    }
}
