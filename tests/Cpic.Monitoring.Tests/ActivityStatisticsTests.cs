using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;
using Cpic.LanguageCourses.Contracts;
using Cpic.Monitoring.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

/// <summary>Field visits, audiences, cases, referrals and interpreter bookings in <c>activities</c> of /statistics.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class ActivityStatisticsTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly March = new(2025, 3, 10);
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_activity_is_counted_once_whatever_the_order_and_redelivery_of_its_events()
    {
        var events = Activities();
        // Later events first (a close before its opening, a status before its referral), then everything again.
        await app.Publish("LBC", events.AsEnumerable().Reverse());
        await app.Publish("LBC", events);

        var activities = (await Statistics(Year2025())).GetProperty("activities");
        var visits = activities.GetProperty("fieldVisits");
        (Long(visits, "visits"), Long(visits, "places"), Long(visits, "peopleReached"), Long(visits, "minutes"))
            .Should().Be((3, 2, 60, 360));
        Line(visits.GetProperty("byPlaceType"), "visits").Should().Equal(("dormitory", 2), ("company", 1));
        Line(visits.GetProperty("byPlaceType"), "places").Should().Equal(("dormitory", 1), ("company", 1));
        Line(visits.GetProperty("byWorkplace"), "peopleReached").Should().Equal(("LBC-LIB", 30), ("LBC-CL", 30));

        var audiences = activities.GetProperty("audiences");
        (Long(audiences, "services"), Long(audiences, "sessions"), Long(audiences, "fieldVisits"), Long(audiences, "peopleReached"))
            .Should().Be((30, 15, 60, 105), "the corrected audience (30) counts, the cancelled service's does not");
        Line(audiences.GetProperty("byServiceType"), "peopleReached").Should().Equal(("information-service", 30));

        var cases = activities.GetProperty("cases");
        (Long(cases, "opened"), Long(cases, "closed"), Long(cases, "openAtEnd")).Should().Be((3, 1, 2));
        Line(cases.GetProperty("closedByReason"), "count").Should().Equal(("goal-achieved", 1));

        var referrals = activities.GetProperty("referrals");
        Long(referrals, "referrals").Should().Be(3);
        Line(referrals.GetProperty("byDirection"), "count").Should().Equal(("outgoing", 2), ("incoming", 1));
        Line(referrals.GetProperty("byPartnerType"), "count").Should().Equal(("labour-office", 2), ("ngo", 1));
        Line(referrals.GetProperty("byStatus"), "count").Should().Equal(("accepted", 1), ("completed", 1), ("sent", 1));

        var bookings = activities.GetProperty("interpreterBookings");
        (Long(bookings, "bookings"), Long(bookings, "minutes")).Should().Be((3, 150));
        Line(bookings.GetProperty("byLanguage"), "bookings").Should().Equal(("vi", 2), ("uk", 1));
    }

    [Fact]
    public async Task A_case_open_at_the_end_of_a_month_is_counted_until_the_month_it_is_closed()
    {
        await app.Publish("LBC", Activities());

        var march = (await Statistics("/api/v1/monitoring/statistics?from=2025-03-01&to=2025-03-31"))
            .GetProperty("activities").GetProperty("cases");
        (Long(march, "opened"), Long(march, "closed"), Long(march, "openAtEnd")).Should().Be((3, 1, 2));
        var may = (await Statistics("/api/v1/monitoring/statistics?from=2025-05-01&to=2025-05-31"))
            .GetProperty("activities").GetProperty("cases");
        (Long(may, "opened"), Long(may, "closed"), Long(may, "openAtEnd")).Should().Be((0, 0, 2));
    }

    [Fact]
    public async Task A_workplace_scope_counts_its_own_visits_and_cases_but_no_referrals_or_bookings()
    {
        await app.Publish("LBC", Activities());

        var activities = (await Statistics(Year2025("&centre=LBC&workplace=LBC-CL"))).GetProperty("activities");
        Long(activities.GetProperty("fieldVisits"), "visits").Should().Be(1);
        Long(activities.GetProperty("cases"), "opened").Should().Be(1);
        Long(activities.GetProperty("referrals"), "referrals").Should().Be(0);
        Long(activities.GetProperty("interpreterBookings"), "bookings").Should().Be(0);
    }

    [Fact]
    public async Task Csv_and_xlsx_carry_every_activity_figure_of_the_json()
    {
        await app.Publish("LBC", Activities());

        var csv = await (await _analyst.GetAsync(Year2025("&format=csv"))).Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var header = lines[0].ToList();
        string?[] Find(string section, string code = "") => lines.Single(l => l[0] == section && l[1] == code);
        Find("activities.fieldVisits")[header.IndexOf("places")].Should().Be("2");
        Find("activities.fieldVisits.placeType", "dormitory")[header.IndexOf("count")].Should().Be("2");
        Find("activities.audiences")[header.IndexOf("peopleReached")].Should().Be("105");
        Find("activities.cases.openAtEnd")[header.IndexOf("count")].Should().Be("2");
        Find("activities.referrals.status", "completed")[header.IndexOf("count")].Should().Be("1");
        Find("activities.interpreterBookings.language", "vi")[header.IndexOf("minutes")].Should().Be("90");
    }

    [Fact]
    public async Task Public_activity_figures_hide_small_counts_and_what_would_give_them_away()
    {
        await app.Publish("LBC", Activities());

        var referrals = (await Statistics(Year2025("&public=true"))).GetProperty("activities").GetProperty("referrals");
        referrals.GetProperty("referrals").GetString().Should().Be("<5");
        referrals.GetProperty("byDirection").EnumerateArray().Select(r => r.GetProperty("count").GetString())
            .Should().Equal("x", "x");
    }

    [Fact]
    public async Task A_feed_consumer_following_the_rule_has_the_activity_figures_and_redelivery_emits_no_activity_row()
    {
        var events = Activities();
        await app.Publish("LBC", events.AsEnumerable().Reverse());
        var rows = new Dictionary<string, JsonElement>();
        var cursor = await Pull(rows, 0);
        await app.Publish("LBC", events);
        var again = new Dictionary<string, JsonElement>();
        await Pull(again, cursor);
        // (A redelivered correction rewrites its service's rows, the same again: the rule makes that harmless.)
        again.Values.Where(r => r.GetProperty("kind").GetString() != "service").Should().BeEmpty("a redelivered activity changes no row");

        var live = rows.Values.Where(r => r.GetProperty("status").GetString() is not ("cancelled" or "removed")).ToList();
        List<JsonElement> Kind(string kind) => [.. live.Where(r => r.GetProperty("kind").GetString() == kind)];
        long Sum(string kind, string column) => Kind(kind).Sum(r => r.GetProperty(column).GetInt64());
        var activities = (await Statistics(Year2025())).GetProperty("activities");
        (Kind("fieldVisit").Count, Kind("fieldVisit").Select(r => r.GetProperty("placeKey").GetString()).Distinct().Count(),
                Sum("fieldVisit", "people"))
            .Should().Be(((int)Long(activities.GetProperty("fieldVisits"), "visits"), 2, 60));
        Sum("audience", "people").Should().Be(Long(activities.GetProperty("audiences"), "services"));
        Kind("case").Count(r => r.GetProperty("status").GetString() == "open").Should().Be(1, "one case is still open today");
        Kind("referral").GroupBy(r => r.GetProperty("status").GetString()).Select(g => (g.Key!, (long)g.Count()))
            .Should().BeEquivalentTo(Line(activities.GetProperty("referrals").GetProperty("byStatus"), "count"));
        (Kind("interpreterBooking").Count, Sum("interpreterBooking", "minutes")).Should().Be((3, 150));
        live.Select(r => r.GetProperty("clientKey").ValueKind).Should().AllBeEquivalentTo(JsonValueKind.Null,
            "the activities name no client");
    }

    [Fact]
    public async Task Activity_metrics_are_the_figures_of_the_statistics()
    {
        await app.Publish("LBC", Activities());

        using var scope = app.Services.CreateScope();
        var metrics = scope.ServiceProvider.GetRequiredService<IMonitoringMetrics>();
        async Task<decimal> Read(string metric, string? filter = null, string? code = null) =>
            (await metrics.ReadAsync(new MetricQuery(metric, "LBC", null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
                filter is null ? null : new Dictionary<string, string> { [filter] = code! }), default)).Value;
        (await Read("fieldVisits")).Should().Be(3);
        (await Read("fieldPlaces", "placeType", "dormitory")).Should().Be(1, "two visits to one dormitory");
        (await Read("fieldPeopleReached", "placeType", "company")).Should().Be(30);
        (await Read("peopleReached")).Should().Be(105);
        (await Read("serviceAudience", "serviceType", "information-service")).Should().Be(30);
        (await Read("casesOpenAtEnd")).Should().Be(2);
        (await Read("casesClosed", "closeReason", "goal-achieved")).Should().Be(1);
        (await Read("referrals", "partnerType", "labour-office")).Should().Be(2);
        (await Read("referrals", "status", "declined")).Should().Be(0);
        (await Read("interpreterBookings", "interpreterLanguage", "vi")).Should().Be(2);
        metrics.Check("fieldPlaces", new Dictionary<string, string> { ["placeType"] = "workplace" }).Should().ContainSingle();
        metrics.Check("referrals", new Dictionary<string, string> { ["status"] = "sent", ["direction"] = "incoming" })
            .Should().ContainSingle();
    }

    /// <summary>
    /// In March 2025 at Liberec: three field visits (two to one dormitory, written differently), a service with an
    /// audience corrected from 25 to 30, a cancelled one with 10, an SKK session of 15, three cases (one closed in March,
    /// one in June), three referrals with status changes, three interpreter bookings.
    /// </summary>
    internal static List<object> Activities()
    {
        var audience = Service("LBC", March, "information-service") with { AudienceSize = 25, ClientIds = [] };
        var cancelled = Service("LBC", March, "information-service") with { AudienceSize = 10, ClientIds = [] };
        var course = new CourseScheduled(Guid.NewGuid(), "LBC", "LBC-LIB", "socio-cultural-orientation", null, "Liberec", false,
            March, March, 20);
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (sent, accepted, completed) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        return
        [
            Visit("LBC-LIB", "dormitory", "Ubytovna Sever", 20), Visit("LBC-LIB", "dormitory", "ubytovna sever", 10),
            Visit("LBC-CL", "company", "Preciosa", 30),
            audience, Corrected(audience, "information-service") with { AudienceSize = 30, ClientIds = [] },
            cancelled, new ServiceCancelled(cancelled.ServiceId, "LBC", March),
            course, new SessionHeld(course.CourseId, Guid.NewGuid(), "LBC", March, 2, 15),
            new CaseOpened(first, "LBC", "LBC-LIB", Guid.NewGuid(), March), new CaseOpened(second, "LBC", "LBC-CL", Guid.NewGuid(), March),
            new CaseOpened(third, "LBC", "LBC-LIB", Guid.NewGuid(), March),
            new CaseClosed(first, "LBC", Guid.NewGuid(), March.AddDays(5), "goal-achieved"),
            new CaseClosed(second, "LBC", Guid.NewGuid(), new DateOnly(2026, 6, 1), "no-contact"),
            new ReferralMade(sent, "LBC", Guid.NewGuid(), "outgoing", "labour-office", March),
            new ReferralMade(accepted, "LBC", Guid.NewGuid(), "outgoing", "labour-office", March),
            new ReferralMade(completed, "LBC", Guid.NewGuid(), "incoming", "ngo", March),
            new ReferralStatusChanged(accepted, "LBC", "accepted", 2),
            new ReferralStatusChanged(completed, "LBC", "accepted", 2), new ReferralStatusChanged(completed, "LBC", "completed", 3),
            new InterpreterBooked(Guid.NewGuid(), "LBC", March, 60, "vi"), new InterpreterBooked(Guid.NewGuid(), "LBC", March, 30, "vi"),
            new InterpreterBooked(Guid.NewGuid(), "LBC", March, 60, "uk"),
        ];
    }

    private static FieldVisitRecorded Visit(string workplace, string type, string name, int people) =>
        new(Guid.NewGuid(), "LBC", workplace, March, type, name, "Liberec", people, ["labour-market"], 120);

    private async Task<long> Pull(Dictionary<string, JsonElement> rows, long after)
    {
        var feed = await (await _analyst.GetAsync($"/api/v1/monitoring/facts?after={after}")).Content.ReadAsStringAsync();
        foreach (var row in feed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()))
        {
            rows[row.GetProperty("rowId").GetString()!] = row;
            after = row.GetProperty("seq").GetInt64();
        }

        return after;
    }

    private async Task<JsonElement> Statistics(string url) => await (await _analyst.GetAsync(url)).ShouldBe(HttpStatusCode.OK);

    private static long Long(JsonElement e, string name) => e.GetProperty(name).GetInt64();

    private static IEnumerable<(string, long)> Line(JsonElement rows, string figure) =>
        rows.EnumerateArray().Select(r => (r.GetProperty("code").GetString()!, r.GetProperty(figure).GetInt64()));
}
