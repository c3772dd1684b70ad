using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Goals.Contracts;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

[Collection(GoalsCollection.Name)]
public sealed class ReviewTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetWithMonitoringFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Check_ins_and_reviews_freeze_values_month_by_month_and_achievements_are_published_once()
    {
        var client = Client();
        await app.PublishAsync("LBC", client, Service(new DateOnly(2025, 3, 10), "social-counselling", "office", client.ClientId));
        var set = await app.ApprovedAsync(_head, 2025, Goal("Klienti a schůzky",
            MetricKr("services", null, 2),
            new { title = "Schůzky s OAMP", kind = "manual", unit = "schůzky", target = 3 },
            new { title = "Nové prostory", kind = "milestone" }));
        var (id, manual) = (set.GetProperty("id").GetGuid(), set.KeyResultId(0, 1));
        var checkIns = $"{Sets}/{id}/key-results/{manual}/check-ins";

        await (await _head.PostJson($"{Sets}/{id}/key-results/{set.KeyResultId(0, 0)}/check-ins", new { value = 1, on = "2025-03-01" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await _head.PostJson(checkIns, new { value = 1, on = "2026-01-01" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await _head.PostJson(checkIns, new { value = 1, on = "2025-02-01", note = "první schůzka" })).ShouldBe(HttpStatusCode.Created);

        var (march, recorded) = await app.TrackAsync(() => _head.PostJson($"{Sets}/{id}/reviews", new
        {
            month = "2025-03", comments = new[] { new { goalId = set.GetProperty("goals")[0].GetProperty("id").GetGuid(), comment = "Málo klientů." } },
        }));
        (await march.ShouldBe(HttpStatusCode.Created)).GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("value").GetDecimal())
            .Should().Equal(1, 1, 0);
        recorded.Published<ReviewRecorded>().Should().ContainSingle().Which.Should().Be(new ReviewRecorded(id, "LBC", 2025, "2025-03"));
        await (await _head.PostJson($"{Sets}/{id}/reviews", new { month = "2025-03" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _head.PostJson($"{Sets}/{id}/reviews", new { month = "2026-01" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        var (checkIn, achieved) = await app.TrackAsync(() => _head.PostJson(checkIns, new { value = 3, on = "2025-04-20" }));
        await checkIn.ShouldBe(HttpStatusCode.Created);
        achieved.Published<KeyResultAchieved>().Should().ContainSingle().Which.KeyResultId.Should().Be(manual);
        await app.PublishAsync("LBC", Service(new DateOnly(2025, 4, 2), "legal-counselling", "office", client.ClientId));
        var (april, again) = await app.TrackAsync(() => _head.PostJson($"{Sets}/{id}/reviews", new { month = "2025-04" }));
        await april.ShouldBe(HttpStatusCode.Created);
        again.Published<KeyResultAchieved>().Should().ContainSingle("the metric reached its target; the manual one was announced already")
            .Which.KeyResultId.Should().Be(set.KeyResultId(0, 0));

        var reviews = await (await _head.GetAsync($"{Sets}/{id}/reviews")).ShouldBe(HttpStatusCode.OK);
        var changes = reviews.GetProperty("items")[1].GetProperty("changes");
        (changes[0].GetProperty("value").GetDecimal(), changes[0].GetProperty("change").GetDecimal(), changes[0].GetProperty("status").GetString())
            .Should().Be((2, 1, "achieved"));
        reviews.GetProperty("items")[0].GetProperty("changes")[0].GetProperty("change").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_review_of_a_future_month_is_refused_and_nothing_is_stored()
    {
        var set = await app.ApprovedAsync(_head, DateTime.UtcNow.Year + 1, Goal("Cíl"));
        var id = set.GetProperty("id").GetGuid();

        await (await _head.PostJson($"{Sets}/{id}/reviews", new { month = $"{DateTime.UtcNow.Year + 1}-01" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        (await (await _head.GetAsync($"{Sets}/{id}/reviews")).ShouldBe(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(0);
    }
}
