using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;

namespace Cpic.Counselling.Tests;

/// <summary>
/// Field visits, referrals, cases and interpreter bookings recorded over the API reach Monitoring's statistics through
/// their events, end to end. Olomouc is a centre no other test of this collection records for.
/// </summary>
[Collection(CounsellingCollection.Name)]
public sealed class ActivityFiguresTests(CpicApp app)
{
    private const string Centre = "OLK", Workplace = "OLK-OL";
    private readonly HttpClient _counsellor = app.ClientFor(Centre, Roles.Counsellor);
    private static readonly string Today = ServiceBody.Today.ToString("yyyy-MM-dd");

    [Fact]
    public async Task Activities_recorded_over_the_api_are_counted_in_the_centres_statistics()
    {
        var client = await app.RegisterClientAsync(Centre);
        await Post("/api/v1/counselling/field-visits", new
        {
            date = Today, workplace = Workplace, placeType = "dormitory", placeName = "Ubytovna Haná", town = "Olomouc",
            peopleReached = 14, topics = new[] { "housing" }, minutes = 90,
        });
        var referral = (await Post("/api/v1/counselling/referrals", new
        {
            clientId = client, direction = "outgoing", partnerType = "labour-office", partnerName = "ÚP Olomouc",
            reason = "Registration", date = Today,
        })).GetProperty("id").GetGuid();
        var (accepted, messages) = await app.TrackAsync(() => _counsellor.SendWithIfMatch(HttpMethod.Post,
            $"/api/v1/counselling/referrals/{referral}/status", new { status = "accepted" }, "\"1\""));
        await accepted.ShouldBe(HttpStatusCode.OK);
        messages.Published<ReferralStatusChanged>().Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { ReferralId = referral, Centre, Status = "accepted", Version = 2 });
        var @case = (await Post("/api/v1/counselling/cases", new
        {
            clientId = client, workplace = Workplace, openedOn = Today, goal = "Find a flat", workers = new[] { "worker" },
            steps = Array.Empty<object>(),
        })).GetProperty("id").GetGuid();
        var (closed, _) = await app.TrackAsync(() => _counsellor.SendWithIfMatch(HttpMethod.Post,
            $"/api/v1/counselling/cases/{@case}/status", new { status = "closed", reason = "goal-achieved" }, "\"1\""));
        await closed.ShouldBe(HttpStatusCode.OK);
        var interpreter = (await Post("/api/v1/counselling/interpreters",
            new { name = "Tlumočník Olomouc", languages = new[] { "vi" }, external = true })).GetProperty("id").GetGuid();
        await Post($"/api/v1/counselling/interpreters/{interpreter}/bookings",
            new { date = Today, startTime = "09:00", minutes = 45, language = "vi" });

        var activities = (await (await _counsellor.GetAsync($"/api/v1/monitoring/statistics?from={Today}&to={Today}"))
            .ShouldBe(HttpStatusCode.OK)).GetProperty("activities");
        var visits = activities.GetProperty("fieldVisits");
        (visits.GetProperty("visits").GetInt64(), visits.GetProperty("peopleReached").GetInt64()).Should().Be((1, 14));
        var referrals = activities.GetProperty("referrals");
        referrals.GetProperty("referrals").GetInt64().Should().Be(1);
        referrals.GetProperty("byStatus")[0].GetProperty("code").GetString().Should().Be("accepted");
        var cases = activities.GetProperty("cases");
        (cases.GetProperty("opened").GetInt64(), cases.GetProperty("closed").GetInt64(), cases.GetProperty("openAtEnd").GetInt64())
            .Should().Be((1, 1, 0));
        var bookings = activities.GetProperty("interpreterBookings");
        (bookings.GetProperty("bookings").GetInt64(), bookings.GetProperty("minutes").GetInt64()).Should().Be((1, 45));
    }

    private async Task<System.Text.Json.JsonElement> Post(string url, object body)
    {
        var (response, _) = await app.TrackAsync(() => _counsellor.PostJson(url, body));
        return await response.ShouldBe(HttpStatusCode.Created);
    }
}
