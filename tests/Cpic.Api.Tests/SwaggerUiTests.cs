using System.Net;
using System.Text.Json.Nodes;

namespace Cpic.Api.Tests;

/// <summary>Swagger UI keeps the token over a reload, filters, links deeply, and lists operations in workflow order.</summary>
[Collection(ApiCollection.Name)]
public sealed class SwaggerUiTests(CpicApp app)
{
    [Fact]
    public async Task The_served_configuration_persists_authorization_filters_and_deep_links()
    {
        var client = app.CreateClient();
        var index = await (await client.GetAsync("/swagger/index.html")).Content.ReadAsStringAsync();
        var script = await client.GetAsync("/swagger/index.js");
        var configuration = index + (script.IsSuccessStatusCode ? await script.Content.ReadAsStringAsync() : "");
        foreach (var setting in new[] { "\"persistAuthorization\":true", "\"filter\":\"\"", "\"deepLinking\":true", "\"tryItOutEnabled\":true" })
        {
            configuration.Replace(" ", "", StringComparison.Ordinal).Should().Contain(setting);
        }
    }

    [Fact]
    public async Task Operations_come_in_the_order_of_the_tags()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var tags = document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        tags.Should().StartWith(["Reference", "Clients", "Counselling", "LanguageCourses"]);
        var order = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
            .Select(o => tags.IndexOf(o.Value!["tags"]![0]!.GetValue<string>())).ToList();
        order.Should().BeInAscendingOrder();
        var clients = document["paths"]!.AsObject().Select(p => p.Key).Where(p => p.StartsWith("/api/v1/clients", StringComparison.Ordinal)).ToList();
        clients[0].Should().Be("/api/v1/clients", "registration comes first");
        document["paths"]!["/api/v1/clients"]!.AsObject().Select(o => o.Key).First().Should().Be("post");
    }
}
