using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class ReferralTests(CpicApp app)
{
    private const string Referrals = "/api/v1/counselling/referrals";
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    private static object Referral(Guid client, string direction = "outgoing") => new
    {
        clientId = client, direction, partnerType = "labour-office", partnerName = "Úřad práce Liberec",
        reason = "Registration as a job seeker", date = ServiceBody.Today.ToString("yyyy-MM-dd"),
    };

    [Fact]
    public async Task A_referral_is_published_and_then_accepted_and_completed_with_feedback()
    {
        var client = await app.RegisterClientAsync();
        var (response, messages) = await app.TrackAsync(() => _counsellor.PostJson(Referrals, Referral(client)));
        var id = (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        messages.Published<ReferralMade>().Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            ReferralId = id, Centre = "LBC", ClientId = client, Direction = "outgoing", PartnerType = "labour-office",
        });

        var accepted = await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Referrals}/{id}/status", new { status = "accepted" }, "\"1\"");
        (await accepted.ShouldBe(HttpStatusCode.OK)).GetProperty("version").GetInt32().Should().Be(2);
        accepted.Headers.ETag!.Tag.Should().Be("\"2\"", "the returned ETag is the stored version, good for the next change");
        var done = await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Referrals}/{id}/status",
            new { status = "completed", feedback = "Registered on 3 Nov" }, accepted.Headers.ETag.Tag)).ShouldBe(HttpStatusCode.OK);

        done.GetProperty("feedback").GetString().Should().Be("Registered on 3 Nov");
        done.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString())
            .Should().Equal("sent", "accepted", "completed");
        var listed = await (await _counsellor.GetAsync($"{Referrals}?clientId={client}&status=completed")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_completed_referral_cannot_go_back_and_a_stale_etag_is_refused()
    {
        var id = (await app.RecordReferralAsync(_counsellor, Referral(await app.RegisterClientAsync(), "incoming")));
        await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Referrals}/{id}/status", new { status = "completed" }, "\"1\""))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Referrals}/{id}/status", new { status = "accepted" }, "\"5\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Referrals}/{id}/status", new { status = "accepted" }, null))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task A_referral_of_a_client_of_another_centre_is_refused_and_nothing_is_published()
    {
        var plzen = await app.RegisterClientAsync("PLK");
        var (response, messages) = await app.TrackAsync(() => _counsellor.PostJson(Referrals, Referral(plzen)));
        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("clientId", out _).Should().BeTrue();
        messages.Published<ReferralMade>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    [InlineData("2999-12-04")]
    public async Task A_referral_dated_before_2000_or_in_the_future_is_a_field_error(string date)
    {
        var body = new { clientId = await app.RegisterClientAsync(), direction = "outgoing", partnerType = "ngo",
            partnerName = "Charita", reason = "Housing", date };
        var problem = await (await _counsellor.PostJson(Referrals, body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("date", out _).Should().BeTrue();
    }

    [Fact]
    public async Task An_unknown_partner_type_or_direction_is_a_field_error()
    {
        var body = new { clientId = Guid.NewGuid(), direction = "sideways", partnerType = "astrologer", partnerName = "X", reason = "Y",
            date = ServiceBody.Today.ToString("yyyy-MM-dd") };
        var problem = await (await _counsellor.PostJson(Referrals, body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(["direction", "partnerType"]);

        var filter = await (await _counsellor.GetAsync($"{Referrals}?status=lost&direction=sideways"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        filter.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(["status", "direction"]);
    }
}
