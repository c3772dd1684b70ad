using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

/// <summary>
/// Network key results follow the Platforms API: meetings planned, closed (held) and cancelled there reach Monitoring's
/// network figures, and each key result's value is the figure of <c>GET /api/v1/monitoring/network</c> for the centre
/// and the set's period. Network facts outlive the reset, so values are compared with the figures and by their change.
/// </summary>
[Collection(GoalsCollection.Name)]
public sealed class NetworkProgressTests(CpicApp app) : IAsyncLifetime
{
    private const string Platforms = "/api/v1/platforms";
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);
    private readonly string _today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Network_metric_values_equal_the_network_figures_after_meetings_are_planned_held_and_cancelled()
    {
        var oamp = await CreateAsync("actors", Actor("OAMP Liberec", "oamp"));
        var school = await CreateAsync("actors", Actor("ZŠ Jabloňová", "primary-school"));
        var group = await CreateAsync("bodies", new { name = "Pracovní skupina pro cizince", kind = "working-group", intervalDays = 90, from = _today });
        var platform = await CreateAsync("bodies", new
        {
            name = "Regionální platforma", kind = "regional-platform", organiserActorId = oamp, intervalDays = 90, from = _today,
        });
        var set = await _head.CreateAsync(DateTime.UtcNow.Year, Goal("Alespoň 3 setkání",
            MetricKr("bodyMeetings", new { bodyKind = "working-group", role = "organiser" }, 3),
            MetricKr("bodyMeetings", new { role = "participant" }, 3),
            MetricKr("bilateralMeetings", new { actorType = "oamp" }, 3),
            MetricKr("newActors", new { actorType = "primary-school" }, 2),
            MetricKr("bodyMeetings", null, 10)));
        var id = set.GetProperty("id").GetGuid();
        var start = await ValuesShouldEqualNetworkAsync(id);

        var meetings = new[]
        {
            await CreateAsync("meetings", Meeting(group, null)), await CreateAsync("meetings", Meeting(platform, null)),
            await CreateAsync("meetings", Meeting(null, [oamp, school])), await CreateAsync("meetings", Meeting(group, null)),
        };
        (await ValuesShouldEqualNetworkAsync(id)).Should().Equal(start, "planned meetings are not held yet");

        foreach (var meeting in meetings[..3])
        {
            await SendAsync(meeting, "close", new { attendance = new[] { Present(oamp), Present(school) } });
        }

        await SendAsync(meetings[3], "cancel", new { reason = "Přesunuto na leden" });
        (await ValuesShouldEqualNetworkAsync(id)).Zip(start, (now, before) => now - before).Should().Equal(
            [1, 1, 1, 1, 2], "the working group's meeting, the platform's, the bilateral one with OAMP and the school (new once) " +
            "are counted, the cancelled meeting is not");
    }

    private async Task<decimal[]> ValuesShouldEqualNetworkAsync(Guid id)
    {
        var progress = (await (await _head.GetAsync($"{Sets}/{id}")).ShouldBe(HttpStatusCode.OK)).GetProperty("progress");
        var values = progress.GetProperty("goals")[0].GetProperty("keyResults").EnumerateArray()
            .Select(k => k.GetProperty("value").GetDecimal()).ToArray();
        var network = await (await _head.GetAsync(
            $"/api/v1/monitoring/network?from={DateTime.UtcNow.Year}-01-01&to={progress.GetProperty("asOf").GetString()}")).ShouldBe(HttpStatusCode.OK);
        var bodies = network.GetProperty("meetings").EnumerateArray().Where(m => m.GetProperty("bodyKind").GetString() != "bilateral").ToList();
        decimal[] figures =
        [
            bodies.Where(m => m.GetProperty("bodyKind").GetString() == "working-group").Sum(m => m.GetProperty("organised").GetDecimal()),
            bodies.Sum(m => m.GetProperty("attended").GetDecimal()),
            Sum(network.GetProperty("bilateralByActorType"), "actorType", "oamp", "meetings"),
            Sum(network.GetProperty("actors"), "actorType", "primary-school", "new"),
            bodies.Sum(m => m.GetProperty("organised").GetDecimal() + m.GetProperty("attended").GetDecimal()),
        ];
        values.Should().Equal(figures);
        return values;
    }

    private static decimal Sum(JsonElement rows, string key, string code, string figure) =>
        rows.EnumerateArray().Where(r => r.GetProperty(key).GetString() == code).Sum(r => r.GetProperty(figure).GetDecimal());

    private static object Present(Guid actorId) => new { actorId, presence = "present" };

    private object Actor(string name, string type) =>
        new { name, type, town = "Liberec", region = "CZ051", themes = new[] { "housing" }, joinedOn = _today };

    private object Meeting(Guid? bodyId, Guid[]? actorIds) => new
    {
        bodyId, actorIds, title = "Setkání", date = _today, startTime = "09:30", durationMinutes = 60,
        venue = new { kind = "workplace", workplace = "LBC-LIB" }, agenda = new[] { new { theme = "housing", title = "Ubytovny" } },
    };

    private async Task<Guid> CreateAsync(string path, object body)
    {
        var (response, _) = await app.TrackAsync(() => _staff.PostJson($"{Platforms}/{path}", body));
        return (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private async Task SendAsync(Guid meeting, string action, object body)
    {
        var (response, _) = await app.TrackAsync(() => _staff.SendAsync(HttpMethod.Post, $"{Platforms}/meetings/{meeting}/{action}", body, "\"1\""));
        await response.ShouldBe(HttpStatusCode.OK);
    }
}
