using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Goals.Contracts;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

[Collection(GoalsCollection.Name)]
public sealed class WorkflowTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);
    private readonly HttpClient _coordinator = app.ClientFor(null, Roles.MinistryCoordinator);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_set_is_submitted_returned_resubmitted_approved_frozen_and_versioned_with_its_history()
    {
        var set = await _head.CreateAsync(2026);
        var id = set.GetProperty("id").GetGuid();
        await (await _head.SendAsync(HttpMethod.Post, $"{Sets}/{id}/submit", null, set.ETag())).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        set = await (await _head.SendAsync(HttpMethod.Put, $"{Sets}/{id}/goals",
            new { goals = new[] { Goal("Najít nové prostory v Rokycanech", new { title = "Prostory", kind = "milestone" }) } },
            set.ETag())).ShouldBe(HttpStatusCode.OK);
        var (submitted, messages) = await app.TrackAsync(() => _head.SendAsync(HttpMethod.Post, $"{Sets}/{id}/submit", null, set.ETag()));
        set = await submitted.ShouldBe(HttpStatusCode.OK);
        messages.Published<GoalSetSubmitted>().Should().ContainSingle().Which.Should().Be(new GoalSetSubmitted(id, "LBC", 2026, 1));

        await (await _head.SendAsync(HttpMethod.Post, $"{Sets}/{id}/approve", null, set.ETag())).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _head.SendAsync(HttpMethod.Put, $"{Sets}/{id}/goals", new { goals = Array.Empty<object>() }, set.ETag()))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        set = await (await _coordinator.SendAsync(HttpMethod.Post, $"{Sets}/{id}/return", new { comment = "Doplňte termín." }, set.ETag()))
            .ShouldBe(HttpStatusCode.OK);
        set.GetProperty("status").GetString().Should().Be("returned");
        set = await (await _head.SendAsync(HttpMethod.Post, $"{Sets}/{id}/submit", null, set.ETag())).ShouldBe(HttpStatusCode.OK);
        var (approved, approval) = await app.TrackAsync(() => _coordinator.SendAsync(HttpMethod.Post, $"{Sets}/{id}/approve", null, set.ETag()));
        set = await approved.ShouldBe(HttpStatusCode.OK);
        approval.Published<GoalSetApproved>().Should().ContainSingle().Which.Version.Should().Be(1);

        await (await _head.SendAsync(HttpMethod.Put, $"{Sets}/{id}/goals", new { goals = Array.Empty<object>() }, set.ETag()))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        set = await (await _head.PostJson($"{Sets}/{id}/versions", new { })).ShouldBe(HttpStatusCode.Created);
        (set.GetProperty("version").GetInt32(), set.GetProperty("status").GetString(), set.GetProperty("approvedVersion").GetInt32())
            .Should().Be((2, "draft", 1));
        await (await _head.SendAsync(HttpMethod.Put, $"{Sets}/{id}/goals", new { goals = Array.Empty<object>() }, set.ETag()))
            .ShouldBe(HttpStatusCode.OK);

        var frozen = await (await _coordinator.GetAsync($"{Sets}/{id}/versions/1")).ShouldBe(HttpStatusCode.OK);
        frozen.GetProperty("goals")[0].GetProperty("text").GetString().Should().Be("Najít nové prostory v Rokycanech");
        frozen.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString())
            .Should().Equal("created", "edited", "submitted", "returned", "submitted", "approved");
        await (await _head.GetAsync($"{Sets}/{id}/versions/2")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_centres_set_is_not_found_and_a_stale_etag_is_refused()
    {
        var set = await _head.CreateAsync(2026);
        var id = set.GetProperty("id").GetGuid();
        var other = app.ClientFor("PHA", Roles.CentreHead);

        await (await other.GetAsync($"{Sets}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await other.SendAsync(HttpMethod.Post, $"{Sets}/{id}/submit", null, set.ETag())).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _head.SendAsync(HttpMethod.Put, $"{Sets}/{id}/goals", new { goals = Array.Empty<object>() }, "\"7\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await _head.SendAsync(HttpMethod.Put, $"{Sets}/{id}/goals", new { goals = Array.Empty<object>() }, null))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        await (await _head.PostJson(Sets, new { year = 2026 })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Of_parallel_creates_of_a_centres_year_exactly_one_is_stored_and_the_others_are_409s_naming_it()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _head.PostJson(Sets, new { year = 2026 })));

        answers.Select(a => a.StatusCode).Should().ContainSingle(s => s == HttpStatusCode.Created)
            .And.AllSatisfy(s => s.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict));
        var id = (await answers.Single(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict);
            problem.GetProperty("existingSets")[0].GetGuid().Should().Be(id);
            problem.GetProperty("detail").GetString().Should().Contain($"{Sets}/{id}");
        }

        var sets = await (await _head.GetAsync(Sets)).ShouldBe(HttpStatusCode.OK);
        sets.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).Should().Equal(id);
    }
}
