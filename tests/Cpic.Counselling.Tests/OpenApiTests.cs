using System.Net;
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
        operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Should()
            .Contain(["record-service", "correct-service", "cancel-service", "list-services", "get-client-timeline",
                "record-field-visit", "make-referral", "book-interpreter", "open-case", "change-case-status"]);
    }
}
