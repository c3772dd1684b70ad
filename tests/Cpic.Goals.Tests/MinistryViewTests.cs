using System.Net;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

[Collection(GoalsCollection.Name)]
public sealed class MinistryViewTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    public Task InitializeAsync() => app.ResetWithMonitoringFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_ministry_lists_every_centres_sets_by_filter_and_rolls_up_the_year_without_personal_data()
    {
        await app.ApprovedAsync(app.ClientFor("LBC", Roles.CentreHead), 2025,
            Goal("Poradenství", MetricKr("clients", null, 1)), new { text = "Prostory", area = "other" });
        await app.ClientFor("PHA", Roles.CentreHead).CreateAsync(2025, new { text = "Kurzy", area = "courses" });
        var client = Client();
        await app.PublishAsync("LBC", client, Service(new DateOnly(2025, 5, 5), "social-counselling", "office", client.ClientId));

        var all = await (await _analyst.GetAsync("/api/v1/goals/network/sets?year=2025")).ShouldBe(HttpStatusCode.OK);
        all.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("centre").GetString()).Should().Equal("LBC", "PHA");
        var approved = await (await _analyst.GetAsync("/api/v1/goals/network/sets?status=approved&region=CZ051")).ShouldBe(HttpStatusCode.OK);
        approved.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("centre").GetString()).Should().Equal("LBC");
        var courses = await (await _analyst.GetAsync("/api/v1/goals/network/sets?area=courses&limit=1")).ShouldBe(HttpStatusCode.OK);
        courses.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("centre").GetString()).Should().Equal("PHA");
        await (await _analyst.GetAsync("/api/v1/goals/network/sets?status=lost")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await app.ClientFor("LBC", Roles.CentreHead).GetAsync("/api/v1/goals/network/sets")).ShouldBeProblem(HttpStatusCode.Forbidden);

        var rollUp = await (await _analyst.GetAsync("/api/v1/goals/network/roll-up/2025")).ShouldBe(HttpStatusCode.OK);
        rollUp.GetProperty("centres").GetInt32().Should().Be(1);
        var counselling = rollUp.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("area").GetString() == "counselling");
        (counselling.GetProperty("goals").GetInt32(), counselling.GetProperty("achieved").GetInt32()).Should().Be((1, 1));
        rollUp.GetRawText().Should().NotContain("Poradenství").And.NotContain("test-");
    }
}
