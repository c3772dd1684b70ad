using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

/// <summary>Evaluation links e-mailed through the outreach deliveries (real SMTP server in process), and links that expire.</summary>
[Collection(SmtpCollection.Name)]
public sealed class EvaluationMailTests(SmtpApp app)
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _anonymous = app.CreateClient();

    private async Task<JsonElement> OpenAsync(object members, int? linkDays = null)
    {
        var body = (await app.CreateAsync(_staff, "bodies", new
        {
            name = $"Platforma {Guid.NewGuid():N}", kind = "regional-platform", meetingsPerYear = 3, from = Day(-30), members,
        })).GetProperty("id").GetGuid();
        var (response, _) = await app.TrackAsync(() => _staff.PostJson($"{Api}/bodies/{body}/evaluations", new { year = DateOnly.Parse(Day(-30)).Year, linkDays }));
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    private static object Seat(Guid actorId, Guid? personId = null) => new { actorId, seat = "member", personId, from = Day(-30) };

    [Fact]
    public async Task Each_member_representative_with_consent_gets_the_personal_link_and_the_others_are_reported_not_sent()
    {
        var office = await app.ActorAsync(_staff, "ÚP Liberec");
        var police = await app.ActorAsync(_staff, "Cizinecká policie Liberec", "foreign-police");
        var school = await app.ActorAsync(_staff, "ZŠ Lesní", "primary-school");
        var consenting = await app.PersonAsync(_staff, office, "Eva Nováková", "eva.novakova@up.example.org", "invitations");
        var newslettersOnly = await app.PersonAsync(_staff, police, "Petr Svoboda", "petr.svoboda@policie.example.org", "newsletters");

        var opened = await OpenAsync(new[] { Seat(office, consenting), Seat(police, newslettersOnly), Seat(school) });

        opened.GetProperty("invitations").EnumerateArray().Select(i => (i.GetProperty("actorId").GetGuid(), i.GetProperty("status").GetString(),
            i.GetProperty("reason").GetString())).Should().BeEquivalentTo(new[]
        {
            (office, "queued", (string?)null), (police, "not-sent", "no-consent"), (school, "not-sent", "no-representative"),
        });
        var delivery = await SmtpDeliveryTests.DeliveredAsync(_staff, opened.GetProperty("sendingId").GetGuid());
        delivery.GetProperty("status").GetString().Should().Be("delivered");
        var path = opened.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("actorId").GetGuid() == office).GetProperty("path").GetString()!;
        var mail = app.Mailbox.Received.Should().ContainSingle(m => m.To.Mailboxes.Single().Address == "eva.novakova@up.example.org").Subject;
        mail.TextBody.Should().Contain($"https://cpic.example.org{path}").And.NotContain("{link}");
        app.Mailbox.Received.Should().NotContain(m => m.To.Mailboxes.Single().Address == "petr.svoboda@policie.example.org");

        var sending = await (await _staff.GetAsync($"{Api}/outreach/sendings/{opened.GetProperty("sendingId")}")).ShouldBe(HttpStatusCode.OK);
        sending.GetProperty("text").GetString().Should().Contain("{link}", "the stored text never holds a token");
        await (await _anonymous.GetAsync(path)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_expired_link_is_gone_and_stores_nothing_while_a_reissued_one_works()
    {
        var office = await app.ActorAsync(_staff, "ÚP Jablonec");
        var opened = await OpenAsync(new[] { Seat(office) }, linkDays: 7);
        var link = opened.GetProperty("links")[0];
        var path = link.GetProperty("path").GetString()!;
        link.GetProperty("expiresAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(7), TimeSpan.FromMinutes(1));
        var answer = new { usefulness = 4, information = 4, frequency = "right" };

        try
        {
            app.Clock.Shift = TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1);
            (await (await _anonymous.PostJson(path, answer)).ShouldBeProblem(HttpStatusCode.Gone)).GetProperty("detail").GetString()
                .Should().Contain("expired");
            await (await _anonymous.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Gone);
        }
        finally
        {
            app.Clock.Shift = TimeSpan.Zero;
        }

        var round = opened.GetProperty("round").GetProperty("id").GetGuid();
        var read = await (await _staff.GetAsync($"{Api}/evaluations/{round}")).ShouldBe(HttpStatusCode.OK);
        read.GetProperty("invitees")[0].GetProperty("answered").GetBoolean().Should().BeFalse("the expired link stored nothing");
        var fresh = await (await _staff.PostJson($"{Api}/evaluations/{round}/invitations/{office}", new { })).ShouldBe(HttpStatusCode.OK);
        fresh.GetProperty("expiresAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(7), TimeSpan.FromMinutes(1));
        await (await _anonymous.PostJson(fresh.GetProperty("path").GetString()!, answer)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Link_days_out_of_bounds_are_refused()
    {
        var office = await app.ActorAsync(_staff, "ÚP Semily");
        var body = (await app.CreateAsync(_staff, "bodies", new
        {
            name = "Komise Semily", kind = "commission", intervalDays = 90, from = Day(-30), members = new[] { Seat(office) },
        })).GetProperty("id").GetGuid();
        foreach (var days in new[] { 0, 181 })
        {
            var errors = (await (await _staff.PostJson($"{Api}/bodies/{body}/evaluations", new { year = DateOnly.Parse(Day(-30)).Year, linkDays = days }))
                .ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
            errors.EnumerateObject().Select(e => e.Name).Should().Equal("linkDays");
        }
    }
}
