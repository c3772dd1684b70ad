using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Platforms.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

/// <summary>The Platforms module's events reach Monitoring through the outbox and become the network figures.</summary>
[Collection(PlatformsCollection.Name)]
public sealed class NetworkFiguresTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task CloseAsync(Guid meeting, object attendance, object? proposals = null)
    {
        var (response, _) = await app.TrackAsync(() => _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/meetings/{meeting}/close",
            new { attendance, proposals }, "\"1\""));
        await response.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// The figures as flat counters ("meetings/commission/attended" → 1). Fact tables outlive the per-class reset and
    /// other classes of the collection close meetings too, so tests compare the counters before and after.
    /// </summary>
    private async Task<Dictionary<string, long>> CountersAsync(string from, string to)
    {
        var figures = await (await _staff.GetAsync($"/api/v1/monitoring/network?from={from}&to={to}")).ShouldBe(HttpStatusCode.OK);
        var counters = new Dictionary<string, long>();
        foreach (var m in figures.GetProperty("meetings").EnumerateArray())
        {
            counters[$"meetings/{m.GetProperty("bodyKind")}/organised"] = m.GetProperty("organised").GetInt64();
            counters[$"meetings/{m.GetProperty("bodyKind")}/attended"] = m.GetProperty("attended").GetInt64();
        }

        foreach (var b in figures.GetProperty("bilateralByActorType").EnumerateArray()) counters[$"bilateral/{b.GetProperty("actorType")}"] = b.GetProperty("meetings").GetInt64();
        foreach (var a in figures.GetProperty("actors").EnumerateArray())
        {
            counters[$"actors/{a.GetProperty("actorType")}/registered"] = a.GetProperty("registered").GetInt64();
            counters[$"actors/{a.GetProperty("actorType")}/new"] = a.GetProperty("new").GetInt64();
        }

        counters["proposals/raised"] = figures.GetProperty("proposals").GetProperty("raised").GetInt64();
        counters["proposals/accepted"] = figures.GetProperty("proposals").GetProperty("accepted").GetInt64();
        return counters;
    }

    private static Dictionary<string, long> Change(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Select(a => (a.Key, Value: a.Value - before.GetValueOrDefault(a.Key))).Where(a => a.Value != 0).ToDictionary(a => a.Key, a => a.Value);

    [Fact]
    public async Task Meetings_actors_new_actors_and_proposals_are_counted_by_kind_and_type()
    {
        var (from, to) = (Day(-60), Day(-5));
        var before = await CountersAsync(from, to);
        var school = await app.ActorAsync(_staff, "ZŠ Jabloňová", "primary-school");
        var oamp = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        await app.ActorAsync(_staff, "Charita Liberec", "ngo");
        var group = (await app.CreateAsync(_staff, "bodies", new
        {
            name = "Komise pro národnostní menšiny", kind = "commission", organiserActorId = oamp, intervalDays = 90, from = Day(-100),
        })).GetProperty("id").GetGuid();

        var commission = (await app.CreateAsync(_staff, "meetings", MeetingTests.Meeting(group, Day(-20)))).GetProperty("id").GetGuid();
        await CloseAsync(commission, new[] { new { actorId = oamp, presence = "present" } },
            new[] { new { text = "Tlumočení na úřadech", addressedTo = oamp } });
        var bilateral = (await app.CreateAsync(_staff, "meetings", MeetingTests.Meeting(null, Day(-10), [school]))).GetProperty("id").GetGuid();
        await CloseAsync(bilateral, new[] { new { actorId = school, presence = "present" } });
        var later = (await app.CreateAsync(_staff, "meetings", MeetingTests.Meeting(null, Day(-1), [school]))).GetProperty("id").GetGuid();
        await CloseAsync(later, new[] { new { actorId = school, presence = "present" } });

        Change(before, await CountersAsync(from, to)).Should().BeEquivalentTo(new Dictionary<string, long>
        {
            ["meetings/commission/attended"] = 1, ["meetings/bilateral/organised"] = 1, ["bilateral/primary-school"] = 1,
            ["actors/primary-school/registered"] = 1, ["actors/primary-school/new"] = 1, ["actors/oamp/registered"] = 1,
            ["actors/oamp/new"] = 1, ["actors/ngo/registered"] = 1, ["proposals/raised"] = 1,
        }, "the meeting after the period is not counted, and the school is new once");
    }

    [Fact]
    public async Task A_closed_evaluation_is_counted_once_whatever_the_redelivery_and_order_of_its_event()
    {
        // Plzeň: no other test of the collection closes an evaluation there, so its figures are this test's alone.
        var staff = app.ClientFor("PLK", Roles.Counsellor);
        var from = Day(-30);
        var members = new List<object>();
        foreach (var name in new[] { "ÚP Plzeň", "OAMP Plzeň", "Město Plzeň" }) members.Add(new { actorId = await app.ActorAsync(staff, name), seat = "member", from });
        var body = (await app.CreateAsync(staff, "bodies", new { name = "Platforma Plzeň", kind = "regional-platform", meetingsPerYear = 3, from, members }))
            .GetProperty("id").GetGuid();
        var opened = await (await staff.PostJson($"{Api}/bodies/{body}/evaluations", new { year = DateOnly.Parse(from).Year })).ShouldBe(HttpStatusCode.Created);
        var anonymous = app.CreateClient();
        foreach (var (link, usefulness) in new[] { (0, 5), (1, 2) })
        {
            await (await anonymous.PostJson(opened.GetProperty("links")[link].GetProperty("path").GetString()!,
                new { usefulness, information = 4, frequency = "right", comment = "Bez komentáře" })).ShouldBe(HttpStatusCode.OK);
        }

        var round = opened.GetProperty("round").GetProperty("id").GetGuid();
        var (response, messages) = await app.TrackAsync(() => staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/evaluations/{round}/close", null, "\"1\""));
        await response.ShouldBe(HttpStatusCode.OK);
        var closed = messages.Published<EvaluationClosed>().Should().ContainSingle().Subject;
        closed.Usefulness.Should().BeEquivalentTo(new ScoreDistribution([0, 1, 0, 0, 1], 3.5m));
        var network = $"/api/v1/monitoring/network?from={Day(-1)}&to={Day(1)}";
        var figures = (await (await staff.GetAsync(network)).ShouldBe(HttpStatusCode.OK)).GetProperty("evaluations");

        using var scope = app.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await bus.InvokeAsync(closed);
        await bus.InvokeAsync(closed with { ClosedAt = closed.ClosedAt.AddHours(-1), Responses = 0, Usefulness = new([0, 0, 0, 0, 0], null) });
        var again = (await (await staff.GetAsync(network)).ShouldBe(HttpStatusCode.OK)).GetProperty("evaluations");

        again.GetRawText().Should().Be(figures.GetRawText(), "a redelivery and an older close of the same round change nothing");
        (figures.GetProperty("closed").GetInt64(), figures.GetProperty("invited").GetInt64(), figures.GetProperty("responses").GetInt64(),
            figures.GetProperty("responseRate").GetDecimal()).Should().Be((1, 3, 2, 0.67m));
        figures.GetProperty("usefulness").GetProperty("mean").GetDecimal().Should().Be(3.5m);
        figures.GetProperty("usefulness").GetProperty("distribution").EnumerateArray().Select(e => e.GetInt64()).Should().Equal(0, 1, 0, 0, 1);
        figures.GetProperty("information").GetProperty("mean").GetDecimal().Should().Be(4m);
        figures.GetRawText().Should().NotContain("Bez komentáře");
    }

    [Fact]
    public async Task The_ministry_sees_every_centre_and_staff_of_another_centre_are_refused()
    {
        var ngo = await app.ActorAsync(_staff, "Charita Liberec", "ngo");
        var meeting = (await app.CreateAsync(_staff, "meetings", MeetingTests.Meeting(null, Day(-3), [ngo]))).GetProperty("id").GetGuid();
        await CloseAsync(meeting, new[] { new { actorId = ngo, presence = "present" } });

        var ministry = await (await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync($"/api/v1/monitoring/network?from={Day(-30)}&to={Day(0)}&region=CZ051"))
            .ShouldBe(HttpStatusCode.OK);
        ministry.GetProperty("meetings").EnumerateArray().Should().Contain(m => m.GetProperty("bodyKind").GetString() == "bilateral");
        ministry.GetProperty("centre").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        await (await app.ClientFor("PLK", Roles.Counsellor).GetAsync($"/api/v1/monitoring/network?from={Day(-30)}&to={Day(0)}&centre=LBC"))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _staff.GetAsync("/api/v1/monitoring/network?from=2026-13-01&to=2026-12-31")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }
}
