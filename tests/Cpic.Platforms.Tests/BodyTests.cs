using System.Net;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

[Collection(PlatformsCollection.Name)]
public sealed class BodyTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Body(string name, object? cadence, string from, params Guid[] members) => new
    {
        name, kind = "working-group", themes = new[] { "education-system" }, meetingsPerYear = (cadence as int?) ?? 4, from,
        members = members.Select(a => new { actorId = a, seat = "member", from }).ToArray(),
    };

    [Fact]
    public async Task A_body_with_members_makes_them_participants_and_is_listed_by_actor()
    {
        var school = await app.ActorAsync(_staff, "ZŠ Jabloňová", "primary-school");
        var body = await app.CreateAsync(_staff, "bodies", Body("Pracovní skupina pro vzdělávání", 4, Day(-200), school));
        (body.GetProperty("allowedGapDays").GetInt32(), body.GetProperty("organisedByCentre").GetBoolean()).Should().Be((92, true));

        var actor = await (await _staff.GetAsync($"{Api}/actors/{school}")).ShouldBe(HttpStatusCode.OK);
        actor.GetProperty("firstParticipationOn").GetString().Should().Be(Day(-200));
        var listed = await (await _staff.GetAsync($"{Api}/bodies?actorId={school}&kind=working-group")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Members_must_be_actors_of_the_centre_and_the_cadence_is_one_of_two_forms()
    {
        var foreign = await app.ActorAsync(app.ClientFor("PLK", Roles.Counsellor), "ÚP Plzeň");
        var errors = (await (await _staff.PostJson($"{Api}/bodies", Body("Skupina", 4, Day(-1), foreign)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        errors.TryGetProperty("members[0].actorId", out _).Should().BeTrue();

        var both = new { name = "X", kind = "commission", meetingsPerYear = 4, intervalDays = 30, from = Day(-1) };
        (await (await _staff.PostJson($"{Api}/bodies", both)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").TryGetProperty("meetingsPerYear", out _).Should().BeTrue();
        var kind = new { name = "X", kind = "club", intervalDays = 30, from = Day(-1) };
        (await (await _staff.PostJson($"{Api}/bodies", kind)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").TryGetProperty("kind", out _).Should().BeTrue();
        (await (await _staff.GetAsync($"{Api}/bodies")).ShouldBe(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_body_is_overdue_when_its_next_meeting_is_later_than_its_cadence_allows()
    {
        var overdue = (await app.CreateAsync(_staff, "bodies", Body("Bez setkání", 4, Day(-200)))).GetProperty("id").GetGuid();
        var onTrack = (await app.CreateAsync(_staff, "bodies", Body("Nová skupina", 4, Day(-10)))).GetProperty("id").GetGuid();
        var lateNext = (await app.CreateAsync(_staff, "bodies", Body("Pozdě plánovaná", 4, Day(-60)))).GetProperty("id").GetGuid();
        await app.CreateAsync(_staff, "meetings", MeetingTests.Meeting(lateNext, Day(100)));

        var list = await (await _staff.GetAsync($"{Api}/bodies/overdue")).ShouldBe(HttpStatusCode.OK);
        var ids = list.EnumerateArray().Select(b => b.GetProperty("bodyId").GetGuid()).ToList();
        ids.Should().BeEquivalentTo([overdue, lateNext]);
        ids.Should().NotContain(onTrack);
        list[1].GetProperty("nextMeetingOn").GetString().Should().Be(Day(100));
    }

    [Fact]
    public async Task Editing_a_body_takes_if_match_and_another_centre_gets_404()
    {
        var id = (await app.CreateAsync(_staff, "bodies", Body("Komise", 2, Day(-5)))).GetProperty("id").GetGuid();
        await (await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/bodies/{id}", Body("Komise 2", 2, Day(-5)), null))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        (await (await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/bodies/{id}", Body("Komise 2", 2, Day(-5)), "\"1\""))
            .ShouldBe(HttpStatusCode.OK)).GetProperty("version").GetInt32().Should().Be(2);
        await (await app.ClientFor("PLK", Roles.Counsellor).GetAsync($"{Api}/bodies/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
