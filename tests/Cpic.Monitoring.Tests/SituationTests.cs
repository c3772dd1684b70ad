using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class SituationTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _liberec = app.ClientFor("LBC", Roles.Integrator);
    private readonly HttpClient _prague = app.ClientFor("PHA", Roles.Integrator);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_regional_summary_counts_localities_risks_and_indicators_of_the_quarter()
    {
        var dormitory = await Locality(_liberec, "dormitory", "Liberec");
        var school = await Locality(_liberec, "primary-school", "Turnov");
        await Observe(_liberec, dormitory, "high", workers: 120, reason: "Overcrowding and complaints of neighbours");
        await Observe(_liberec, school, "low", pupils: 35);

        var summary = await (await _liberec.GetAsync("/api/v1/monitoring/situation/summary?quarter=2025-Q1")).ShouldBe(HttpStatusCode.OK);
        summary.GetProperty("region").GetString().Should().Be("CZ051");
        summary.GetProperty("localities").GetInt32().Should().Be(2);
        summary.GetProperty("tensionRisk").GetProperty("high").GetInt32().Should().Be(1);
        summary.GetProperty("foreignWorkers").GetInt32().Should().Be(120);
        summary.GetProperty("foreignPupils").GetInt32().Should().Be(35);
        summary.GetProperty("workersByCountry").GetProperty("UA").GetInt32().Should().Be(10);
        summary.GetProperty("highRisk")[0].GetProperty("reason").GetString().Should().Be("Overcrowding and complaints of neighbours");
    }

    [Fact]
    public async Task The_ministry_sees_high_risk_localities_across_regions()
    {
        await Observe(_liberec, await Locality(_liberec, "dormitory", "Liberec"), "high", reason: "Tension");
        await Observe(_prague, await Locality(_prague, "industrial-zone", "Praha"), "high", reason: "Tension");
        await Observe(_prague, await Locality(_prague, "employer", "Praha"), "medium", reason: "Layoffs");

        var risky = await (await app.ClientFor(null, Roles.MinistryAnalyst)
            .GetAsync("/api/v1/monitoring/situation/high-risk?quarter=2025-Q1")).ShouldBe(HttpStatusCode.OK);
        risky.EnumerateArray().Select(r => r.GetProperty("region").GetString()).Should().Equal("CZ010", "CZ051");
        (await _liberec.GetAsync("/api/v1/monitoring/situation/high-risk?quarter=2025-Q1")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_cannot_observe_another_centres_locality_nor_read_another_region()
    {
        var praha = await Locality(_prague, "dormitory", "Praha");
        await (await _liberec.PostJson($"/api/v1/monitoring/localities/{praha}/observations", Body("low")))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _liberec.GetAsync("/api/v1/monitoring/situation/summary?quarter=2025-Q1&region=CZ010"))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("kind", """{"name":"X","kind":"castle","town":"Liberec"}""")]
    [InlineData("name", """{"name":"","kind":"dormitory","town":"Liberec"}""")]
    public async Task A_bad_locality_is_422(string field, string json)
    {
        var response = await _liberec.PostAsync("/api/v1/monitoring/localities", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("quarter", "2025-Q5", "2025-02-01", "low", null)]
    [InlineData("observedOn", "2025-Q1", "2025-05-01", "low", null)]
    [InlineData("tensionRisk", "2025-Q1", "2025-02-01", "extreme", null)]
    [InlineData("riskReason", "2025-Q1", "2025-02-01", "high", null)]
    [InlineData("indicators.workersByCountry", "2025-Q1", "2025-02-01", "low", "XX")]
    [InlineData("quarter", "0000-Q1", "0001-01-01", "low", null)]
    [InlineData("observedOn", "9999-Q4", "9999-12-31", "low", null)]
    public async Task A_bad_observation_is_422(string field, string quarter, string date, string risk, string? country)
    {
        var locality = await Locality(_liberec, "employer", "Liberec");
        var body = new
        {
            quarter, observedOn = date, tensionRisk = risk,
            indicators = new { workersByCountry = country is null ? null : new Dictionary<string, int> { [country] = 3 } },
        };
        var problem = await (await _liberec.PostJson($"/api/v1/monitoring/localities/{locality}/observations", body))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_bad_observation_reports_every_error_at_once()
    {
        var locality = await Locality(_liberec, "employer", "Liberec");
        var body = new
        {
            quarter = "2025-Q5", observedOn = "2999-01-01", tensionRisk = "extreme",
            indicators = new { foreignWorkers = int.MaxValue, workersByCountry = new Dictionary<string, int> { ["XX"] = 3 } },
        };
        var problem = await (await _liberec.PostJson($"/api/v1/monitoring/localities/{locality}/observations", body))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(
            ["quarter", "observedOn", "tensionRisk", "indicators.foreignWorkers", "indicators.workersByCountry"], problem.ToString());

        var missing = await (await _liberec.PostJson($"/api/v1/monitoring/localities/{locality}/observations",
            new { observedOn = "2025-02-01", tensionRisk = "extreme", indicators = new { } })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(["quarter", "tensionRisk"], missing.ToString());
    }

    [Fact]
    public async Task Counts_beyond_a_million_are_422_so_regional_sums_cannot_overflow()
    {
        var locality = await Locality(_liberec, "employer", "Liberec");
        var body = new { quarter = "2025-Q1", observedOn = "2025-02-01", tensionRisk = "low", indicators = new { foreignWorkers = int.MaxValue } };
        var problem = await (await _liberec.PostJson($"/api/v1/monitoring/localities/{locality}/observations", body))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("indicators.foreignWorkers", out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task Localities_are_listed_with_their_observations_staff_their_own_and_the_ministry_all()
    {
        var dormitory = await Locality(_liberec, "dormitory", "Liberec");
        await Observe(_liberec, dormitory, "medium", workers: 40, reason: "Noise at night");
        var prague = await Locality(_prague, "primary-school", "Praha");
        var ministry = app.ClientFor(null, Roles.MinistryAnalyst);

        var own = await (await _liberec.GetAsync("/api/v1/monitoring/localities")).ShouldBe(HttpStatusCode.OK);
        own.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).Should().Equal(dormitory);
        own.GetProperty("items")[0].GetProperty("observations")[0].GetProperty("tensionRisk").GetString().Should().Be("medium");
        await (await _liberec.GetAsync($"/api/v1/monitoring/localities/{prague}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _liberec.GetAsync("/api/v1/monitoring/localities?region=CZ010")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _liberec.GetAsync("/api/v1/monitoring/localities?kind=castle")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        var all = await (await ministry.GetAsync("/api/v1/monitoring/localities?limit=1")).ShouldBe(HttpStatusCode.OK);
        all.GetProperty("items").GetArrayLength().Should().Be(1);
        var next = await (await ministry.GetAsync(all.GetProperty("next").GetString())).ShouldBe(HttpStatusCode.OK);
        next.GetProperty("items").GetArrayLength().Should().Be(1);
        var pragueOnly = await (await ministry.GetAsync("/api/v1/monitoring/localities?region=CZ010")).ShouldBe(HttpStatusCode.OK);
        pragueOnly.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).Should().Equal(prague);
        (await (await ministry.GetAsync($"/api/v1/monitoring/localities/{prague}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("town").GetString().Should().Be("Praha");
    }

    [Fact]
    public async Task A_summary_needs_a_quarter_and_for_the_ministry_a_region()
    {
        await (await _liberec.GetAsync("/api/v1/monitoring/situation/summary")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await app.ClientFor(null, Roles.MinistryCoordinator).GetAsync("/api/v1/monitoring/situation/summary?quarter=2025-Q1"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    private static async Task<Guid> Locality(HttpClient client, string kind, string town)
    {
        var created = await (await client.PostJson("/api/v1/monitoring/localities", new { name = $"{kind} in {town}", kind, town }))
            .ShouldBe(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static async Task Observe(HttpClient client, Guid locality, string risk, int? workers = null, int? pupils = null,
        string? reason = null) =>
        await (await client.PostJson($"/api/v1/monitoring/localities/{locality}/observations",
            Body(risk, workers, pupils, reason))).ShouldBe(HttpStatusCode.Created);

    private static object Body(string risk, int? workers = null, int? pupils = null, string? reason = null) => new
    {
        quarter = "2025-Q1", observedOn = "2025-02-10", tensionRisk = risk, riskReason = reason, note = "Observed on a visit",
        indicators = new { foreignWorkers = workers, foreignPupils = pupils, workersByCountry = new Dictionary<string, int> { ["UA"] = 5 } },
    };
}
