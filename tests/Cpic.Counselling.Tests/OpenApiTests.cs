using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class OpenApiTests(CpicApp app)
{
    [Fact]
    public async Task Every_counselling_endpoint_is_described_in_the_openapi_document_with_a_summary()
    {
        var document = await (await app.ClientFor("LBC", Roles.Counsellor).GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);

        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/counselling/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .ToList();

        operations.Should().HaveCountGreaterThanOrEqualTo(25);
        operations.Where(o => !o.Operation.TryGetProperty("summary", out _)).Should().BeEmpty("every operation has a summary");
        operations.Where(o => !o.Operation.TryGetProperty("description", out _)).Select(o => $"{o.Method} {o.Path}")
            .Should().BeEmpty("every operation has a description");

        // Every field an integrator sends is described, and every scalar field has an example. An object field is a
        // bare $ref (OpenAPI allows no siblings there), so its own schema carries the description.
        var schemas = document.GetProperty("components").GetProperty("schemas");
        // JSON bodies; the imports take files (text/csv, application/x-ndjson), described in their operation.
        var bodies = operations.Where(o => o.Operation.TryGetProperty("requestBody", out var body)
                && body.GetProperty("content").TryGetProperty("application/json", out _))
            .Select(o => o.Operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
                .GetProperty("schema").GetProperty("$ref").GetString()!.Split('/')[^1]).Distinct().ToList();
        bodies.Should().Contain(["Counselling.ServiceInput", "Counselling.BookingInput", "Counselling.FieldVisitInput"]);
        var undocumented = bodies.SelectMany(b => schemas.GetProperty(b).GetProperty("properties").EnumerateObject()
                .Where(p => p.Value.TryGetProperty("$ref", out var reference)
                    ? !schemas.GetProperty(reference.GetString()!.Split('/')[^1]).TryGetProperty("description", out _)
                    : !p.Value.TryGetProperty("description", out _)
                        || (!p.Value.TryGetProperty("example", out _) && !IsObjectArray(p.Value)))
                .Select(p => $"{b}.{p.Name}"))
            .ToList();
        undocumented.Should().BeEmpty("request fields have a description and, when scalar, an example");
        operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Should()
            .Contain(["record-service", "correct-service", "cancel-service", "list-services", "get-client-timeline",
                "record-field-visit", "make-referral", "book-interpreter", "open-case", "change-case-status"]);
    }

    private static bool IsObjectArray(JsonElement property) =>
        property.TryGetProperty("items", out var items) && items.TryGetProperty("$ref", out _);
}
