using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Platforms.Contracts;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

[Collection(PlatformsCollection.Name)]
public sealed class MeetingTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static object Meeting(Guid? bodyId, string date, Guid[]? actorIds = null) => new
    {
        bodyId, actorIds, title = "Regionální platforma", date, startTime = "09:30", durationMinutes = 120,
        venue = new { kind = "workplace", workplace = "LBC-LIB" },
        agenda = new[] { new { theme = "temporary-protection", title = "Prodloužení dočasné ochrany" }, new { theme = "housing", title = "Ubytovny" } },
    };

    [Fact]
    public async Task A_meeting_refers_to_localities_of_the_centres_situation_monitoring_only()
    {
        async Task<Guid> LocalityAsync(HttpClient client, string name) =>
            (await (await client.PostJson("/api/v1/monitoring/localities", new { name, kind = "dormitory", town = "Liberec" }))
                .ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var dormitory = await LocalityAsync(_staff, "Ubytovna Na Výšinách");
        var plzen = await LocalityAsync(app.ClientFor("PLK", Roles.Counsellor), "Ubytovna Borská");
        var town = await app.ActorAsync(_staff, "Statutární město Liberec", "municipal-office");
        object Planned(params Guid[] localityIds) => new
        {
            actorIds = new[] { town }, title = "Ubytovny", date = Day(5), startTime = "10:00", durationMinutes = 60, venue = new { kind = "online", url = "https://meet.example.org/x" },
            localityIds,
        };

        var meeting = await app.CreateAsync(_staff, "meetings", Planned(dormitory, dormitory));
        meeting.GetProperty("localityIds").EnumerateArray().Select(l => l.GetGuid()).Should().Equal(dormitory);
        foreach (var wrong in new[] { plzen, Guid.NewGuid() })
        {
            var problem = await (await _staff.PostJson($"{Api}/meetings", Planned(dormitory, wrong))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
            problem.GetProperty("errors").EnumerateObject().Single().Name.Should().Be("localityIds");
        }

        var id = meeting.GetProperty("id").GetGuid();
        await (await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/meetings/{id}", Planned(plzen), "\"1\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    private async Task<(Guid Body, Guid Oamp, Guid School)> PlatformAsync()
    {
        var oamp = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        var school = await app.ActorAsync(_staff, "ZŠ Jabloňová", "primary-school");
        var body = (await app.CreateAsync(_staff, "bodies", new
        {
            name = "Regionální platforma", kind = "regional-platform", meetingsPerYear = 3, from = Day(-300),
            members = new[] { new { actorId = oamp, seat = "member", from = Day(-300) } },
        })).GetProperty("id").GetGuid();
        return (body, oamp, school);
    }

    private Task<HttpResponseMessage> Close(Guid meeting, object body, string etag = "\"1\"") =>
        _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/meetings/{meeting}/close", body, etag);

    private static object Closing(Guid present, Guid? absent = null, Guid? addressedTo = null) => new
    {
        attendance = new[] { new { actorId = present, presence = "present" } }
            .Concat(absent is { } a ? [new { actorId = a, presence = "excused" }] : []).ToArray(),
        internalMinutes = "## Závěry\n- OAMP prověří kapacitu <script>alert(1)</script> [odkaz](javascript:alert(1))",
        publicMinutes = "Platforma se **shodla** na podnětu.",
        documents = new[] { new { title = "Prezentace OAMP", url = "https://files.example.org/oamp.pdf" } },
        proposals = new[] { new { text = "Posílit kapacitu pracoviště OAMP", addressedTo = addressedTo ?? present } },
        actionItems = new[] { new { title = "Rozeslat leták k zápisům", ownerStaff = "jnovak", dueOn = Day(-1) } },
    };

    [Fact]
    public async Task Closing_a_held_meeting_stores_its_follow_up_and_publishes_figures_without_people()
    {
        var (body, oamp, school) = await PlatformAsync();
        var meeting = (await app.CreateAsync(_staff, "meetings", Meeting(body, Day(-1)))).GetProperty("id").GetGuid();

        var (response, messages) = await app.TrackAsync(() => Close(meeting, Closing(school, oamp)));
        var held = await response.ShouldBe(HttpStatusCode.OK);
        held.GetProperty("status").GetString().Should().Be("held");
        var html = held.GetProperty("minutes").GetProperty("internalHtml").GetString()!;
        html.Should().Contain("<h2").And.NotContain("<script").And.NotContain("javascript:");
        held.GetProperty("minutes").GetProperty("publicHtml").GetString().Should().Contain("<strong>shodla</strong>");

        var published = messages.Published<MeetingHeld>().Should().ContainSingle().Subject;
        published.Should().BeEquivalentTo(new
        {
            MeetingId = meeting, Centre = "LBC", BodyKind = "regional-platform", OrganisedByCentre = true, NewActors = 1,
            Themes = new[] { "temporary-protection", "housing" },
        });
        published.Actors.Should().Equal(new ActorPresent(school, "primary-school"));
        messages.Published<ProposalRaised>().Should().ContainSingle().Which.AddressedToType.Should().Be("primary-school");
        JsonSerializer.Serialize(messages.Published<MeetingHeld>()).Should().NotContain("OAMP").And.NotContain("Závěry");

        var items = await (await _staff.GetAsync($"{Api}/action-items?bodyId={body}&overdue=true")).ShouldBe(HttpStatusCode.OK);
        items.GetProperty("items")[0].GetProperty("overdue").GetBoolean().Should().BeTrue();
        await (await Close(meeting, Closing(school), "\"2\"")).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Attendance_of_an_actor_unknown_to_the_centre_is_refused_and_nothing_is_stored()
    {
        var (body, oamp, _) = await PlatformAsync();
        var meeting = (await app.CreateAsync(_staff, "meetings", Meeting(body, Day(-1)))).GetProperty("id").GetGuid();
        var foreign = await app.ActorAsync(app.ClientFor("PLK", Roles.Counsellor), "OAMP Plzeň", "oamp");

        var (response, messages) = await app.TrackAsync(() => Close(meeting, Closing(oamp, foreign)));
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors")
            .TryGetProperty("attendance[1].actorId", out _).Should().BeTrue();
        messages.Published<MeetingHeld>().Should().BeEmpty();
        (await (await _staff.GetAsync($"{Api}/meetings/{meeting}")).ShouldBe(HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("planned");
        (await (await _staff.GetAsync($"{Api}/proposals?meetingId={meeting}")).ShouldBe(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Open_action_items_of_a_body_appear_on_its_next_meeting_until_closed()
    {
        var (body, oamp, _) = await PlatformAsync();
        var first = (await app.CreateAsync(_staff, "meetings", Meeting(body, Day(-30)))).GetProperty("id").GetGuid();
        await (await Close(first, Closing(oamp))).ShouldBe(HttpStatusCode.OK);
        var next = (await app.CreateAsync(_staff, "meetings", Meeting(body, Day(30)))).GetProperty("id").GetGuid();

        var open = (await (await _staff.GetAsync($"{Api}/meetings/{next}")).ShouldBe(HttpStatusCode.OK)).GetProperty("openActionItems");
        open.GetArrayLength().Should().Be(1);
        var item = open[0].GetProperty("id").GetGuid();
        var (closed, messages) = await app.TrackAsync(() => _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/action-items/{item}/status",
            new { status = "done", on = Day(0) }, "\"1\""));
        await closed.ShouldBe(HttpStatusCode.OK);
        messages.Published<ActionItemClosed>().Should().ContainSingle().Which.Overdue.Should().BeTrue();
        (await (await _staff.GetAsync($"{Api}/meetings/{next}")).ShouldBe(HttpStatusCode.OK)).GetProperty("openActionItems").GetArrayLength().Should().Be(0);
        await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/action-items/{item}/status", new { status = "done", on = Day(0) }, "\"2\""))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_proposal_keeps_a_dated_history_and_publishes_its_outcome()
    {
        var (body, oamp, _) = await PlatformAsync();
        var meeting = (await app.CreateAsync(_staff, "meetings", Meeting(body, Day(-5)))).GetProperty("id").GetGuid();
        await (await Close(meeting, Closing(oamp))).ShouldBe(HttpStatusCode.OK);
        var proposal = (await (await _staff.GetAsync($"{Api}/proposals?actorId={oamp}")).ShouldBe(HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var url = $"{Api}/proposals/{proposal}/status";

        await (await _staff.SendWithIfMatch(HttpMethod.Post, url, new { status = "implemented", on = Day(-3) }, "\"1\"")).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _staff.SendWithIfMatch(HttpMethod.Post, url, new { status = "forwarded", on = Day(-3), note = "MV" }, "\"1\"")).ShouldBe(HttpStatusCode.OK);
        var (response, messages) = await app.TrackAsync(() => _staff.SendWithIfMatch(HttpMethod.Post, url, new { status = "accepted", on = Day(-1) }, "\"2\""));
        var accepted = await response.ShouldBe(HttpStatusCode.OK);
        accepted.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()).Should().Equal("raised", "forwarded", "accepted");
        messages.Published<ProposalResolved>().Should().ContainSingle().Which.Outcome.Should().Be("accepted");
    }

    [Fact]
    public async Task A_bilateral_meeting_is_published_as_bilateral_and_a_future_or_cancelled_one_cannot_be_closed()
    {
        var school = await app.ActorAsync(_staff, "ZŠ Jabloňová", "primary-school");
        var bilateral = (await app.CreateAsync(_staff, "meetings", Meeting(null, Day(-2), [school]))).GetProperty("id").GetGuid();
        var (_, messages) = await app.TrackAsync(() => Close(bilateral, Closing(school)));
        messages.Published<MeetingHeld>().Should().ContainSingle().Which.BodyKind.Should().Be("bilateral");

        var future = (await app.CreateAsync(_staff, "meetings", Meeting(null, Day(5), [school]))).GetProperty("id").GetGuid();
        await (await Close(future, Closing(school))).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/meetings/{future}/cancel", new { reason = "Nemoc" }, "\"1\"")).ShouldBe(HttpStatusCode.OK);
        await (await Close(future, Closing(school), "\"2\"")).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await app.ClientFor("PLK", Roles.Counsellor).GetAsync($"{Api}/meetings/{future}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Planning_checks_the_body_venue_and_agenda_themes()
    {
        var bad = new
        {
            bodyId = Guid.NewGuid(), title = "X", date = Day(3), startTime = "25:00", durationMinutes = 60,
            venue = new { kind = "workplace", workplace = "PLK-PLZ" }, agenda = new[] { new { theme = "weather", title = "X" } },
        };
        var errors = (await (await _staff.PostJson($"{Api}/meetings", bad)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        errors.TryGetProperty("startTime", out _).Should().BeTrue();
        errors.TryGetProperty("agenda[0].theme", out _).Should().BeTrue();

        var unknownBody = new { bodyId = Guid.NewGuid(), title = "X", date = Day(3), startTime = "09:00", durationMinutes = 60, venue = new { kind = "online", url = "https://meet.example.org/x" } };
        (await (await _staff.PostJson($"{Api}/meetings", unknownBody)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").TryGetProperty("bodyId", out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_invitation_is_an_icalendar_event_for_the_representatives_who_consent()
    {
        var oamp = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        var police = await app.ActorAsync(_staff, "Cizinecká policie Liberec", "foreign-police");
        var consenting = (await app.CreateAsync(_staff, $"actors/{oamp}/people", new { name = "Petr Souhlasný", email = "petr@example.org" })).GetProperty("id").GetGuid();
        await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/people/{consenting}/consents",
            new { purpose = "invitations", given = true, on = Day(-1), how = "e-mail" }, "\"1\"")).ShouldBe(HttpStatusCode.Created);
        var silent = (await app.CreateAsync(_staff, $"actors/{police}/people", new { name = "Eva Nesouhlasná", email = "eva@example.org" })).GetProperty("id").GetGuid();
        var body = (await app.CreateAsync(_staff, "bodies", new
        {
            name = "Platforma", kind = "regional-platform", intervalDays = 120, from = Day(-10),
            members = new[] { new { actorId = oamp, seat = "chair", personId = (Guid?)consenting, from = Day(-10) }, new { actorId = police, seat = "member", personId = (Guid?)silent, from = Day(-10) } },
        })).GetProperty("id").GetGuid();
        var meeting = (await app.CreateAsync(_staff, "meetings", Meeting(body, Day(14)))).GetProperty("id").GetGuid();

        var response = await _staff.GetAsync($"{Api}/meetings/{meeting}/invitation.ics?organizer=koordinator@example.org");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var ics = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal); // unfold long lines
        ics.Should().Contain("BEGIN:VCALENDAR").And.Contain("METHOD:REQUEST").And.Contain("SUMMARY:Regionální platforma")
            .And.Contain("mailto:petr@example.org").And.NotContain("eva@example.org").And.Contain("Prodloužení dočasné ochrany");
        await (await _staff.GetAsync($"{Api}/meetings/{meeting}/invitation.ics")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_planned_meeting_is_rescheduled_with_if_match_and_a_held_one_is_not()
    {
        var (body, oamp, _) = await PlatformAsync();
        var meeting = (await app.CreateAsync(_staff, "meetings", Meeting(body, Day(10)))).GetProperty("id").GetGuid();
        var url = $"{Api}/meetings/{meeting}";

        await (await _staff.SendWithIfMatch(HttpMethod.Put, url, Meeting(body, Day(-1)), null)).ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        var moved = await (await _staff.SendWithIfMatch(HttpMethod.Put, url, Meeting(body, Day(-1)), "\"1\"")).ShouldBe(HttpStatusCode.OK);
        (moved.GetProperty("date").GetString(), moved.GetProperty("version").GetInt32()).Should().Be((Day(-1), 2));
        await (await _staff.SendWithIfMatch(HttpMethod.Put, url, Meeting(body, Day(2)), "\"1\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);

        await (await Close(meeting, Closing(oamp), "\"2\"")).ShouldBe(HttpStatusCode.OK);
        await (await _staff.SendWithIfMatch(HttpMethod.Put, url, Meeting(body, Day(5)), "\"3\"")).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await app.ClientFor("PLK", Roles.Counsellor).SendWithIfMatch(HttpMethod.Put, url, Meeting(body, Day(5)), "\"3\""))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
