using System.Net;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

/// <summary>Distribution lists resolve at send time to the people who consent; without SMTP a sending is recorded for export.</summary>
[Collection(PlatformsCollection.Name)]
public sealed class OutreachTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_query_list_reaches_the_consenting_people_of_matching_actors_at_send_time()
    {
        var school = await app.ActorAsync(_staff, "ZŠ Jabloňová", "primary-school");
        var ppp = await app.ActorAsync(_staff, "PPP Liberec", "ppp");
        var police = await app.ActorAsync(_staff, "Policie Liberec", "police");
        await app.PersonAsync(_staff, school, "Eva Ředitelová", "reditelka@zs.example.org", "newsletters");
        await app.PersonAsync(_staff, school, "Karel Bez Souhlasu", "karel@zs.example.org", null);
        await app.PersonAsync(_staff, ppp, "Pavel Pozvánkový", "pavel@ppp.example.org", "invitations");
        await app.PersonAsync(_staff, police, "Petr Policista", "petr@police.example.org", "newsletters");
        var list = (await app.CreateAsync(_staff, "outreach/lists", new
        {
            name = "Školy", purpose = "newsletters", actorTypes = new[] { "primary-school", "ppp" }, towns = new[] { "liberec" },
        })).GetProperty("id").GetGuid();

        var preview = await (await _staff.GetAsync($"{Api}/outreach/lists/{list}/recipients")).ShouldBe(HttpStatusCode.OK);
        preview.EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should().Equal("Eva Ředitelová");
        var late = await app.PersonAsync(_staff, ppp, "Olga Pozdní", "olga@ppp.example.org", "newsletters");

        var sending = await app.CreateAsync(_staff, "outreach/sendings", new { listId = list, subject = "Zpravodaj", text = "Dobrý den," });
        sending.GetProperty("channel").GetString().Should().Be("export", "no SMTP is configured");
        sending.GetProperty("recipients").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("status").GetString()))
            .Should().BeEquivalentTo([("Eva Ředitelová", "not-sent"), ("Olga Pozdní", "not-sent")], "the list is resolved when sent");
        var id = sending.GetProperty("id").GetGuid();

        var csv = await (await _staff.GetAsync($"{Api}/outreach/sendings/{id}/recipients.csv")).Content.ReadAsStringAsync();
        csv.Should().Be("name,email,actor,status\r\nEva Ředitelová,reditelka@zs.example.org,ZŠ Jabloňová,not-sent\r\n" +
            "Olga Pozdní,olga@ppp.example.org,PPP Liberec,not-sent\r\n");
        var vcf = await (await _staff.GetAsync($"{Api}/outreach/sendings/{id}/recipients.vcf")).Content.ReadAsStringAsync();
        vcf.Should().Contain("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Olga Pozdní\r\nORG:PPP Liberec\r\nEMAIL:olga@ppp.example.org\r\nEND:VCARD");

        var actors = await (await _staff.GetAsync($"{Api}/actors?newFrom={Day(0)}&newTo={Day(0)}")).ShouldBe(HttpStatusCode.OK);
        actors.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).Should().BeEquivalentTo([school, ppp],
            "being reached by a sending is a participation");

        await (await _staff.DeleteAsync($"{Api}/people/{late}")).ShouldBe(HttpStatusCode.NoContent);
        var after = await (await _staff.GetAsync($"{Api}/outreach/sendings/{id}")).ShouldBe(HttpStatusCode.OK);
        after.GetRawText().Should().NotContain("Olga").And.NotContain("olga@", "erasure reaches the deliveries");
        (await (await _staff.GetAsync($"{Api}/outreach/sendings?listId={list}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Hand_picked_people_and_actors_and_bad_input()
    {
        var ngo = await app.ActorAsync(_staff, "Charita", "ngo");
        var person = await app.PersonAsync(_staff, ngo, "Marie Ručně", "marie@example.org", "invitations");
        var hand = await app.CreateAsync(_staff, "outreach/lists", new { name = "Ručně", purpose = "invitations", personIds = new[] { person } });
        (await (await _staff.GetAsync($"{Api}/outreach/lists/{hand.GetProperty("id")}/recipients")).ShouldBe(HttpStatusCode.OK))
            .GetArrayLength().Should().Be(1);

        var problem = await (await _staff.PostJson($"{Api}/outreach/lists", new { name = "x", purpose = "spam", actorIds = new[] { Guid.NewGuid() } }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("purpose", out _).Should().BeTrue();
        await (await _staff.PostJson($"{Api}/outreach/lists", new { name = "x", purpose = "newsletters" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var foreign = await (await _staff.PostJson($"{Api}/outreach/lists", new { name = "x", purpose = "newsletters", actorIds = new[] { Guid.NewGuid() } }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        foreign.GetProperty("errors").TryGetProperty("actorIds[0]", out _).Should().BeTrue();

        var nobody = (await app.CreateAsync(_staff, "outreach/lists", new { name = "Nikdo", purpose = "newsletters", actorIds = new[] { ngo } }))
            .GetProperty("id").GetGuid();
        await (await _staff.PostJson($"{Api}/outreach/sendings", new { listId = nobody, subject = "x", text = "y" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        (await (await _staff.GetAsync($"{Api}/outreach/sendings")).ShouldBe(HttpStatusCode.OK)).GetProperty("items").GetArrayLength()
            .Should().Be(0, "nothing is stored");

        await (await app.ClientFor("PLK", Roles.Counsellor).GetAsync($"{Api}/outreach/lists/{nobody}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/outreach/lists/{nobody}",
            new { name = "Nikdo 2", purpose = "newsletters", actorIds = new[] { ngo } }, null)).ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        (await (await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/outreach/lists/{nobody}",
            new { name = "Nikdo 2", purpose = "newsletters", actorIds = new[] { ngo } }, "\"1\"")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("version").GetInt32().Should().Be(2);
    }
}
