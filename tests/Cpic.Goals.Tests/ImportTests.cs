using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Goals.Demo;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

[Collection(GoalsCollection.Name)]
public sealed class ImportTests(CpicApp app) : IAsyncLifetime
{
    private const string Import = "/api/v1/goals/import";
    private readonly HttpClient _coordinator = app.ClientFor(null, Roles.MinistryCoordinator);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_loads_seed_004s_goals_bound_to_metrics_with_live_progress_once()
    {
        await GoalsDemo.LoadAsync(app.Services, CancellationToken.None);
        await GoalsDemo.LoadAsync(app.Services, CancellationToken.None);

        var sets = await (await _coordinator.GetAsync("/api/v1/goals/network/sets")).ShouldBe(HttpStatusCode.OK);
        sets.GetProperty("items").GetArrayLength().Should().Be(10);
        var zlin = sets.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("centre").GetString() == "ZLK");
        var set = await (await _coordinator.GetAsync($"{Sets}/{zlin.GetProperty("id").GetGuid()}")).ShouldBe(HttpStatusCode.OK);
        var clients = set.GetProperty("goals")[2].GetProperty("keyResults")[0];
        (clients.GetProperty("metric").GetString(), clients.GetProperty("target").GetDecimal()).Should().Be(("clients", 250));
        set.GetProperty("progress").GetProperty("goals")[2].GetProperty("keyResults")[0].GetProperty("definitionVersion").GetString()
            .Should().Be("2.0");
    }

    [Fact]
    public async Task The_demo_binds_meetings_field_activities_and_dormitories_to_network_and_field_metrics()
    {
        await GoalsDemo.LoadAsync(app.Services, CancellationToken.None);

        var sets = await (await _coordinator.GetAsync("/api/v1/goals/network/sets")).ShouldBe(HttpStatusCode.OK);
        var bound = new List<string>();
        foreach (var summary in sets.GetProperty("items").EnumerateArray().Where(s => s.GetProperty("centre").GetString() is "STC" or "LBC" or "MSK"))
        {
            var set = await (await _coordinator.GetAsync($"{Sets}/{summary.GetProperty("id").GetGuid()}")).ShouldBe(HttpStatusCode.OK);
            bound.AddRange(set.GetProperty("goals").EnumerateArray().SelectMany(g => g.GetProperty("keyResults").EnumerateArray())
                .Where(k => k.GetProperty("kind").GetString() == "metric").Select(k => $"{set.GetProperty("centre")} " +
                    $"{k.GetProperty("metric")} {Filters(k)} {k.GetProperty("target")}"));
        }

        bound.Should().Contain([
            "STC bilateralMeetings actorType=oamp 3", "LBC bodyMeetings bodyKind=working-group 3",
            "LBC bilateralMeetings actorType=primary-school 5", "MSK bodyMeetings bodyKind=community-planning,role=participant 6",
            "MSK fieldPlaces placeType=dormitory 30", "MSK fieldVisits  70",
        ]);
    }

    private static string Filters(JsonElement keyResult) =>
        keyResult.TryGetProperty("filters", out var filters) && filters.ValueKind == JsonValueKind.Object
            ? string.Join(",", filters.EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name}={f.Value}"))
            : "";

    [Fact]
    public async Task A_bad_import_stores_nothing()
    {
        var good = new { centre = "LBC", goals = new[] { Goal("Cíl") } };
        var problem = await (await _coordinator.PostJson(Import, new
        {
            year = 2026, sets = new object[] { good, new { centre = "XXX", goals = new[] { Goal("x", MetricKr("clients", new { colour = "red" }, 1)) } } },
        })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should()
            .BeEquivalentTo("sets[1].centre", "sets[1].goals[0].keyResults[0].metric");
        await (await app.ClientFor("LBC", Roles.CentreHead).PostJson(Import, new { year = 2026, sets = new[] { good } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        (await (await _coordinator.PostJson(Import, new { year = 2026, sets = new[] { good } })).ShouldBe(HttpStatusCode.OK))
            .GetProperty("created").GetArrayLength().Should().Be(1);
        await (await _coordinator.PostJson(Import, new { year = 2026, sets = new[] { good } })).ShouldBeProblem(HttpStatusCode.Conflict);
        (await (await _coordinator.GetAsync("/api/v1/goals/network/sets")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").GetArrayLength().Should().Be(1);
    }
}
