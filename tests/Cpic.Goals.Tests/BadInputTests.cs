using System.Net;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

/// <summary>The issue's bad input: a clear 4xx problem naming the field, and nothing stored.</summary>
[Collection(GoalsCollection.Name)]
public sealed class BadInputTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<object, string> BadGoals => new()
    {
        { Goal("x", MetricKr("dormitoriesVisited", null, 30)), "goals[0].keyResults[0].metric" },
        { Goal("x", MetricKr("clients", new { colour = "blue" }, 30)), "goals[0].keyResults[0].metric" },
        { Goal("x", MetricKr("clients", new { serviceType = "astrology" }, 30)), "goals[0].keyResults[0].metric" },
        { Goal("x", MetricKr("clients", new { serviceType = "social-counselling", form = "office", topic = "work" }, 30)), "goals[0].keyResults[0].metric" },
        { Goal("x", MetricKr("clients", null, 0)), "goals[0].keyResults[0].target" },
        { Goal("x", MetricKr("clients", null, -5)), "goals[0].keyResults[0].target" },
        { Goal("x", new { title = "Schůzky", kind = "manual", target = 3 }), "goals[0].keyResults[0].unit" },
        { Goal("x", new { title = "Schůzky", kind = "guess", target = 3 }), "goals[0].keyResults[0].kind" },
        { new { text = "x", area = "counselling", dueOn = "2027-01-31" }, "goals[0].dueOn" },
        { new { text = "x", area = "astronomy" }, "goals[0].area" },
        { new { text = "x", area = "counselling", workplace = "PHA-MAIN" }, "goals[0].workplace" },
    };

    [Theory]
    [MemberData(nameof(BadGoals))]
    public async Task A_bad_goal_is_a_422_naming_it_and_nothing_is_stored(object goal, string field)
    {
        var problem = await (await _head.PostJson(Sets, new { year = 2026, goals = new[] { goal } }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        (await (await _head.GetAsync(Sets)).ShouldBe(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Only_centre_heads_create_sets_and_only_the_ministry_coordinator_approves()
    {
        await (await app.ClientFor("LBC", Roles.Counsellor).PostJson(Sets, new { year = 2026 })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var set = await _head.CreateAsync(2026, Goal("x"));
        var approve = $"{Sets}/{set.GetProperty("id").GetGuid()}/approve";

        await (await app.ClientFor(null, Roles.MinistryAnalyst).SendAsync(HttpMethod.Post, approve, null, set.ETag()))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await app.ClientFor(null, Roles.MinistryCoordinator).SendAsync(HttpMethod.Post, approve, null, set.ETag()))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
