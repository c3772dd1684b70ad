using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.LanguageCourses.Contracts;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

/// <summary>Figures that must stay exact after merges and residence changes, and the same in every format.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class ExactFiguresTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly March = new(2025, 3, 14);
    private static readonly DateOnly July = new(2025, 7, 3);
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_feed_consumer_keeping_the_latest_row_per_row_id_has_the_figures_of_the_api_across_a_merge()
    {
        var (survivor, merged) = (Client(), Client());
        await app.Publish("LBC", survivor, merged, Service("LBC", March, survivor.ClientId), Service("LBC", March, merged.ClientId));
        var consumer = new Dictionary<string, JsonElement>();
        var cursor = await Pull(consumer, 0);

        await app.Publish("LBC", new ClientsMerged(survivor.ClientId, merged.ClientId, "LBC"));
        await Pull(consumer, cursor);

        var active = consumer.Values.Where(r => r.GetProperty("status").GetString() == "active").ToList();
        var totals = await Totals("from=2025-03-01&to=2025-03-31");
        (active.Select(r => r.GetProperty("clientKey").GetString()).Distinct().Count(), active.Count(r => r.GetProperty("primary").GetBoolean()))
            .Should().Be(totals).And.Be((1, 2));
    }

    [Fact]
    public async Task Services_of_a_client_merged_into_one_without_services_stay_in_the_calendar_months_and_years()
    {
        var (survivor, merged) = (Client(), Client());
        await app.Publish("LBC", survivor, merged, Service("LBC", March, merged.ClientId), Service("LBC", July, merged.ClientId));

        await app.Publish("LBC", new ClientsMerged(survivor.ClientId, merged.ClientId, "LBC"));

        (await Totals("from=2025-01-01&to=2025-12-31")).Should().Be((1, 2), "the year");
        (await Totals("from=2025-03-01&to=2025-03-31")).Should().Be((1, 1), "the month too");
        (await Totals("from=2025-03-01&to=2025-03-31&centre=LBC")).Should().Be((1, 1));
        (await Totals("from=2024-12-31&to=2025-12-31")).Should().Be((1, 2), "and a range of days");
    }

    [Fact]
    public async Task A_service_counts_under_the_status_valid_on_its_date_and_a_client_under_that_of_its_last_service()
    {
        var client = Client();
        var statuses = new ClientResidenceStatusChanged(client.ClientId, "LBC", "long-term-visa", null, new(2025, 1, 1), null,
            [new("long-term-visa", new(2025, 1, 1)), new("long-term-residence", new(2025, 6, 1)), new("permanent-residence", new(2099, 1, 1))]);
        await app.Publish("LBC", client, statuses, Service("LBC", March, client.ClientId), Service("LBC", July, client.ClientId));

        (await Categories("from=2025-01-01&to=2025-12-31")).Should().Equal("long-term-residence");
        (await Categories("from=2025-03-01&to=2025-03-31")).Should().Equal("long-term-visa");
        (await Categories("from=2025-01-01&to=2025-05-31")).Should().Equal("long-term-visa");
        var feed = await (await _analyst.GetAsync("/api/v1/monitoring/facts")).Content.ReadAsStringAsync();
        feed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .OrderBy(r => r.GetProperty("date").GetString()).Select(r => r.GetProperty("residenceCategory").GetString())
            .Should().Equal("long-term-visa", "long-term-residence");
    }

    [Theory]
    [InlineData("1985-1989", "35-44")] // 36 to 40 in 2025: within one age band
    [InlineData("1988-1992", "35-44")] // 33 to 37: straddles, the middle year (1990, 35) decides
    [InlineData("2006-2010", "15-17")] // 15 to 19: straddles three, the middle year (2008, 17) decides
    public async Task An_anonymous_client_counts_in_the_age_band_of_its_birth_year_band(string band, string ageBand)
    {
        var client = Client() with { Anonymous = true, BirthYear = null, BirthYearBand = band };
        await app.Publish("LBC", client, Service("LBC", March, client.ClientId));

        var stats = await (await _analyst.GetAsync(Year2025())).ShouldBe(HttpStatusCode.OK);
        stats.GetProperty("breakdowns").GetProperty("ageBand").EnumerateArray().Single().GetProperty("code").GetString()
            .Should().Be(ageBand);
    }

    [Fact]
    public async Task Csv_carries_every_course_figure_of_the_json()
    {
        var clients = Enumerable.Range(0, 3).Select(_ => Client()).ToList();
        var aik = new CourseScheduled(Guid.CreateVersion7(), "LBC", "LBC-LIB", "adaptation-integration", null, "Turnov", false, March, July, 20);
        await app.Publish("LBC", [
            .. clients, aik, new SessionHeld(aik.CourseId, Guid.NewGuid(), "LBC", March, 4, 12),
            .. clients.Select(c => new ClientEnrolled(aik.CourseId, c.ClientId, "LBC", March)),
            new CourseCompleted(aik.CourseId, clients[0].ClientId, "LBC", "adaptation-integration", March, 4),
        ]);

        var json = (await (await _analyst.GetAsync(Year2025())).ShouldBe(HttpStatusCode.OK)).GetProperty("courses");
        var csv = (await (await _analyst.GetAsync(Year2025("&format=csv"))).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var header = csv[0].ToList();
        string Cell(string section, string column) => csv.Single(r => r[0] == section)[header.IndexOf(column)];
        var totals = json.GetProperty("totals");
        Cell("courses.total", "audience").Should().Be(totals.GetProperty("audience").ToString());
        Cell("courses.total", "completions").Should().Be(totals.GetProperty("completions").ToString()).And.Be("1");
        Cell("courses.total", "completionRate").Should().Be(totals.GetProperty("completionRate").ToString()).And.Be("0.333");
        Cell("courses.total", "towns").Should().Be("Turnov");
        Cell("courses.aikCompletions", "completions").Should().Be(json.GetProperty("aikCompletions").ToString());
        Cell("courses.skkAudience", "audience").Should().Be(json.GetProperty("skkAudience").ToString());
    }

    private async Task<long> Pull(Dictionary<string, JsonElement> consumer, long after)
    {
        var feed = await (await _analyst.GetAsync($"/api/v1/monitoring/facts?after={after}")).Content.ReadAsStringAsync();
        foreach (var row in feed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()))
        {
            consumer[row.GetProperty("rowId").GetString()!] = row;
            after = row.GetProperty("seq").GetInt64();
        }

        return after;
    }

    private async Task<(int Clients, int Services)> Totals(string query)
    {
        var totals = (await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?{query}")).ShouldBe(HttpStatusCode.OK)).GetProperty("totals");
        return (totals.GetProperty("clients").GetInt32(), totals.GetProperty("services").GetInt32());
    }

    private async Task<string?[]> Categories(string query) =>
        [.. (await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?{query}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("breakdowns").GetProperty("residenceCategory").EnumerateArray().Select(r => r.GetProperty("code").GetString())];
}
