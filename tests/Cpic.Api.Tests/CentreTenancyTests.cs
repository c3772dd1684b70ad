using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class CentreTenancyTests(CpicApp app)
{
    [Theory]
    [InlineData("XXX", "/api/v1/clients")]
    [InlineData("lbc", "/api/v1/counselling/services")]
    public async Task A_staff_token_for_a_centre_not_in_the_registry_gets_403(string centre, string url)
    {
        var response = await app.ClientFor(centre, Roles.Counsellor).GetAsync(url);
        var problem = await response.ShouldBeProblem(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().Should().Contain(centre);
    }

    [Fact]
    public async Task A_centre_added_through_the_api_can_be_used_at_once()
    {
        var counsellor = app.ClientFor("XAT", Roles.Counsellor);
        await (await counsellor.GetAsync("/api/v1/clients")).ShouldBeProblem(HttpStatusCode.Forbidden);

        var coordinator = app.ClientFor(null, Roles.MinistryCoordinator);
        await (await coordinator.PostJson("/api/v1/reference/centres", CentreSamples.New("XAT"))).ShouldBe(HttpStatusCode.Created);

        await (await counsellor.GetAsync("/api/v1/clients")).ShouldBe(HttpStatusCode.OK);
    }
}
