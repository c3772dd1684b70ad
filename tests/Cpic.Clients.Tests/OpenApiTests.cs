using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class OpenApiTests(CpicApp app)
{
    [Fact]
    public async Task Every_clients_endpoint_is_described_with_a_summary_and_its_problems()
    {
        var client = app.ClientFor("LBC", Roles.Counsellor);
        var document = await (await client.GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);

        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/clients", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Operation: o.Value))).ToList();
        operations.Should().HaveCount(25);
        operations.Should().OnlyContain(o => o.Operation.GetProperty("summary").GetString()!.Length > 10
            && o.Operation.GetProperty("description").GetString()!.Length > 40);
        var parameters = operations.SelectMany(o => o.Operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray() : [])
            .ToList();
        parameters.Should().NotBeEmpty().And.OnlyContain(p => p.GetProperty("description").GetString()!.Length > 5);
        document.GetProperty("components").GetProperty("schemas").GetProperty("Clients.ExpiringResidence")
            .GetProperty("properties").GetProperty("daysLeft").GetProperty("example").GetInt32().Should().Be(19);
        operations.Single(o => o.Path == "/api/v1/clients/{id}" && o.Operation.GetProperty("operationId").GetString() == "update-client")
            .Operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["404", "412", "422", "428"]);
    }
}
