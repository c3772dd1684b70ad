using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Goals.Tests;

[Collection(GoalsCollection.Name)]
public sealed class OpenApiTests(CpicApp app)
{
    [Fact]
    public async Task Every_goals_endpoint_is_described_and_its_request_fields_too()
    {
        var document = await (await app.ClientFor("LBC", Roles.CentreHead).GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/goals/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value)).ToList();

        operations.Should().HaveCountGreaterThanOrEqualTo(20);
        operations.Where(o => !o.TryGetProperty("summary", out _) || !o.TryGetProperty("description", out _)).Should().BeEmpty();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        string[] inputs = ["Goals.GoalSetInput", "Goals.GoalsInput", "Goals.GoalInput", "Goals.KeyResultInput", "Goals.CheckInInput",
            "Goals.ReviewInput", "Goals.ReturnInput", "Goals.EvaluationInput", "Goals.GoalSetImport"];
        inputs.SelectMany(i => schemas.GetProperty(i).GetProperty("properties").EnumerateObject()
                .Where(p => !p.Value.TryGetProperty("$ref", out _) && !p.Value.TryGetProperty("description", out _))
                .Select(p => $"{i}.{p.Name}"))
            .Should().BeEmpty("request fields are described");
    }
}
