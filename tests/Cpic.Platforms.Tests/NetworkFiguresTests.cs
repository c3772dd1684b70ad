using System.Net;
using Cpic.BuildingBlocks.Auth;
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
