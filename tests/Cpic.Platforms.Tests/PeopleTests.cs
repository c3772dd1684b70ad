using System.Net;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

/// <summary>People of actors are personal data: centre-scoped, consent kept as a ledger, erasable, never in events or logs.</summary>
[Collection(PlatformsCollection.Name)]
public sealed class PeopleTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Person(string email = "jana.prikladova@example.org") =>
        new { name = "Jana Příkladová", position = "vedoucí odboru", email, phone = "+420 485 000 000" };

    [Fact]
    public async Task Consent_is_a_ledger_per_purpose_where_the_latest_entry_decides()
    {
        var actor = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        var (response, messages) = await app.TrackAsync(() => _staff.PostJson($"{Api}/actors/{actor}/people", Person()));
        var person = await response.ShouldBe(HttpStatusCode.Created);
        messages.AllRecordsInOrder().Select(r => r.Envelope?.Message?.GetType().Namespace)
            .Should().NotContain("Cpic.Platforms.Contracts", "a person is never published");
        var id = person.GetProperty("id").GetGuid();
        person.GetProperty("consentsNow").GetArrayLength().Should().Be(0);

        var given = await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/people/{id}/consents",
            new { purpose = "invitations", given = true, on = Day(-10), how = "attendance sheet" }, "\"1\"")).ShouldBe(HttpStatusCode.Created);
        given.GetProperty("consentsNow").Strings().Should().Equal("invitations");
        var withdrawn = await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/people/{id}/consents",
            new { purpose = "invitations", given = false, on = Day(-1), how = "e-mail" }, "\"2\"")).ShouldBe(HttpStatusCode.Created);
        withdrawn.GetProperty("consentsNow").GetArrayLength().Should().Be(0);
        withdrawn.GetProperty("consents").GetArrayLength().Should().Be(2, "the ledger keeps both entries");

        var listed = await (await _staff.GetAsync($"{Api}/actors/{actor}/people")).ShouldBe(HttpStatusCode.OK);
        listed[0].GetProperty("name").GetString().Should().Be("Jana Příkladová");
        // A refused command is logged by Wolverine: with its type name, not the person's details.
        await (await _staff.PostJson($"{Api}/actors/{Guid.NewGuid()}/people", Person())).ShouldBeProblem(HttpStatusCode.NotFound);
        app.Logs.Lines.Should().NotContain(l => l.Contains("Příkladová") || l.Contains("jana.prikladova"));
    }

    [Theory]
    [InlineData("jana.example.org")]
    [InlineData("jana")]
    public async Task An_email_without_an_at_sign_is_a_field_error(string email)
    {
        var actor = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        var problem = await (await _staff.PostJson($"{Api}/actors/{actor}/people", Person(email))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("email", out _).Should().BeTrue();
        (await (await _staff.GetAsync($"{Api}/actors/{actor}/people")).ShouldBe(HttpStatusCode.OK)).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_unknown_purpose_or_a_future_day_is_a_field_error()
    {
        var actor = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        var id = (await app.CreateAsync(_staff, $"actors/{actor}/people", Person())).GetProperty("id").GetGuid();
        var errors = (await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/people/{id}/consents",
            new { purpose = "marketing", given = true, on = Day(3), how = "x" }, "\"1\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        errors.TryGetProperty("purpose", out _).Should().BeTrue();
        errors.TryGetProperty("on", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Another_centre_sees_no_person_and_cannot_add_one_to_an_actor_it_does_not_have()
    {
        var actor = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        var id = (await app.CreateAsync(_staff, $"actors/{actor}/people", Person())).GetProperty("id").GetGuid();
        var plzen = app.ClientFor("PLK", Roles.Counsellor);
        await (await plzen.GetAsync($"{Api}/people/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await plzen.PostJson($"{Api}/actors/{actor}/people", Person())).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await plzen.DeleteAsync($"{Api}/people/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Erasing_a_person_removes_them_from_the_seats_they_held()
    {
        var actor = await app.ActorAsync(_staff, "OAMP Liberec", "oamp");
        var id = (await app.CreateAsync(_staff, $"actors/{actor}/people", Person())).GetProperty("id").GetGuid();
        var body = (await app.CreateAsync(_staff, "bodies", new
        {
            name = "Platforma", kind = "regional-platform", meetingsPerYear = 3, from = Day(-100),
            members = new[] { new { actorId = actor, seat = "member", personId = id, from = Day(-100) } },
        })).GetProperty("id").GetGuid();

        (await _staff.DeleteAsync($"{Api}/people/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _staff.GetAsync($"{Api}/people/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var member = (await (await _staff.GetAsync($"{Api}/bodies/{body}")).ShouldBe(HttpStatusCode.OK)).GetProperty("members")[0];
        (member.GetProperty("actorId").GetGuid(), member.GetProperty("personId").ValueKind).Should().Be((actor, System.Text.Json.JsonValueKind.Null));
    }
}
