using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HealthAndAuthTests(CpicApp app)
{
    [Fact]
    public async Task Health_endpoints_answer_without_a_token_and_report_the_database_ready()
    {
        var client = app.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401_problem_details()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/reference/regions");
        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var client = app.CreateClient();
        var forged = DevTokens.Issue(new AuthOptions { SigningKey = new string('x', 64) }, "mallory", [Roles.MinistryCoordinator], null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);
        await (await client.GetAsync("/api/v1/reference/regions")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_role_without_the_right_policy_gets_403()
    {
        var analyst = app.ClientFor(null, Roles.MinistryAnalyst);
        var response = await analyst.PostJson("/api/v1/reference/centres", CentreSamples.New("XAA"));
        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_without_a_known_role_cannot_read_reference_data()
    {
        var response = await app.ClientFor("LBC", "visitor").GetAsync("/api/v1/reference/regions");
        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await app.ClientFor("LBC", Roles.Counsellor).GetAsync("/api/v1/no-such-thing");
        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_empty_body_is_a_400_that_asks_for_a_json_object()
    {
        var response = await app.ClientFor("LBC", Roles.Counsellor).PostAsync("/api/v1/clients",
            new StringContent("", System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Be("The request body is missing; send a JSON object.");
    }

    [Fact]
    public async Task A_missing_query_parameter_is_a_400_that_names_it_in_api_terms()
    {
        var response = await app.ClientFor("LBC", Roles.Counsellor).GetAsync("/api/v1/counselling/field-visits/summary?to=2026-01-31");
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Be("The query parameter \"from\" is required.");
    }
}
