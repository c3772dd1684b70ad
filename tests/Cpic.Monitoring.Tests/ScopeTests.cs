using System.Net;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class ScopeTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly May = new(2025, 5, 5);

    public async Task InitializeAsync()
    {
        await app.ResetWithFactsAsync();
        var (liberec, prague, prague2) = (Client("LBC"), Client("PHA", "UA"), Client("PHA", "MN"));
        await app.Publish("LBC", liberec, Service("LBC", May, liberec.ClientId));
        await app.Publish("PHA", prague, prague2, Service("PHA", May, prague.ClientId), Service("PHA", May, prague2.ClientId));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Centre_staff_see_their_own_centre_only()
    {
        var stats = await (await app.ClientFor("LBC", Roles.Counsellor).GetAsync(Year2025())).ShouldBe(HttpStatusCode.OK);
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(1);
        stats.GetProperty("scope").GetProperty("centre").GetString().Should().Be("LBC");
    }

    [Theory]
    [InlineData("&centre=PHA")]
    [InlineData("&region=CZ010")]
    [InlineData("&workplace=PHA-MAIN")]
    public async Task Centre_staff_asking_for_another_centre_workplace_or_region_get_403(string scope)
    {
        var workplace = scope.Contains("workplace", StringComparison.Ordinal)
            ? await FirstWorkplaceOf("PHA") : null;
        var query = workplace is null ? scope : $"&workplace={workplace}";
        await (await app.ClientFor("LBC", Roles.CentreHead).GetAsync(Year2025(query))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Ministry_roles_see_every_centre_and_may_narrow_to_a_region_or_centre()
    {
        var analyst = app.ClientFor(null, Roles.MinistryAnalyst);
        var all = await (await analyst.GetAsync(Year2025())).ShouldBe(HttpStatusCode.OK);
        all.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(3);
        FactIngestionTests.Codes(all, "centre").Should().Equal("PHA", "LBC");

        var prague = await (await analyst.GetAsync(Year2025("&region=CZ010"))).ShouldBe(HttpStatusCode.OK);
        prague.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(2);
        var liberec = await (await analyst.GetAsync(Year2025("&centre=LBC"))).ShouldBe(HttpStatusCode.OK);
        liberec.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task An_unknown_centre_or_workplace_is_404()
    {
        var coordinator = app.ClientFor(null, Roles.MinistryCoordinator);
        await (await coordinator.GetAsync(Year2025("&centre=XYZ"))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync(Year2025("&workplace=XYZ-1"))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Statistics_need_a_token()
    {
        var anonymous = app.CreateClient();
        (await anonymous.GetAsync(Year2025())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<string> FirstWorkplaceOf(string centre)
    {
        var doc = await (await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync($"/api/v1/reference/centres/{centre}"))
            .ShouldBe(HttpStatusCode.OK);
        return doc.GetProperty("workplaces")[0].GetProperty("code").GetString()!;
    }
}
