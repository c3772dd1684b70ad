using System.Net;
using System.Net.Http.Headers;
using Cpic.BuildingBlocks.Auth;
using MiniExcelLibs;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class StatisticsOutputTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    /// <summary>Seven Vietnamese clients and three Ukrainians; the Ukrainians also had legal counselling.</summary>
    public async Task InitializeAsync()
    {
        await app.ResetWithFactsAsync();
        var clients = Enumerable.Range(0, 10).Select(i => Client(nationality: i < 7 ? "VN" : "UA")).ToList();
        await app.Publish("LBC", [
            .. clients, .. clients.Select(c => Service("LBC", new DateOnly(2025, 2, 3), c.ClientId)),
            .. clients.Skip(7).Select(c => Service("LBC", new DateOnly(2025, 4, 3), "legal-counselling", c.ClientId)),
        ]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GroupBy_two_dimensions_gives_a_cross_table()
    {
        var stats = await (await _analyst.GetAsync(Year2025("&groupBy=nationality,serviceType"))).ShouldBe(HttpStatusCode.OK);
        var cross = stats.GetProperty("crossTable");
        cross.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()).Should().Equal("nationality", "serviceType");
        cross.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("keys")[0]}/{r.GetProperty("keys")[1]}={r.GetProperty("clients")}")
            .Should().Equal("UA/legal-counselling=3", "UA/social-counselling=3", "VN/social-counselling=7");
    }

    [Fact]
    public async Task Public_figures_show_counts_from_one_to_four_as_less_than_five_and_hide_what_would_give_them_away()
    {
        var stats = await (await _analyst.GetAsync(Year2025("&public=true&groupBy=nationality,serviceType"))).ShouldBe(HttpStatusCode.OK);
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(10);
        stats.GetProperty("public").GetBoolean().Should().BeTrue();

        // 3 Ukrainians among 10 clients: with the 7 Vietnamese shown, 10 - 7 would give the suppressed 3 away; with
        // "<5" next to an "x", the "x" would be known to be 5 or more. Both are written "x".
        Figures(stats.GetProperty("breakdowns").GetProperty("nationality"), "clients")
            .Should().Equal(new Dictionary<string, string> { ["VN"] = "x", ["UA"] = "x" });
        Figures(stats.GetProperty("breakdowns").GetProperty("serviceType"), "services")
            .Should().Equal(new Dictionary<string, string> { ["social-counselling"] = "x", ["legal-counselling"] = "x" });
        // Minutes (300 and 90) are not small: nothing to protect.
        Figures(stats.GetProperty("breakdowns").GetProperty("serviceType"), "minutes")
            .Should().Equal(new Dictionary<string, string> { ["social-counselling"] = "300", ["legal-counselling"] = "90" });

        // Cross table: the social-counselling column holds one suppressed cell (UA), so VN's is hidden too; the UA row
        // holds two whose sum (6) does not tell them; the legal-counselling column has no other cell to hide.
        stats.GetProperty("crossTable").GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("keys")[0]}/{r.GetProperty("keys")[1]}={r.GetProperty("clients")}")
            .Should().Equal("UA/legal-counselling=x", "UA/social-counselling=x", "VN/social-counselling=x");
    }

    [Theory]
    [InlineData(5, 5, 1, "5,x,x")] // female "x" and other "<5" summing to 6 gave other = 1 (an "x" being 5 or more)
    [InlineData(10, 1, 1, "x,x,x")] // two "<5" summing to 2 (12 - 10) gave two ones
    [InlineData(8, 2, 3, "8,x,x")] // two small cells summing to 5: protected by each other
    public async Task Public_figures_leave_no_small_count_to_work_out_from_the_total(int male, int female, int other,
        string shown)
    {
        var clients = Enumerable.Range(0, male).Select(_ => Client(sex: "male"))
            .Concat(Enumerable.Range(0, female).Select(_ => Client(sex: "female")))
            .Concat(Enumerable.Range(0, other).Select(_ => Client(sex: "other"))).ToList();
        await app.Publish("LBC", [.. clients, .. clients.Select(c => Service("LBC", new DateOnly(2024, 6, 3), c.ClientId))]);

        var stats = await (await _analyst.GetAsync("/api/v1/monitoring/statistics?from=2024-01-01&to=2024-12-31&public=true"))
            .ShouldBe(HttpStatusCode.OK);
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(male + female + other);
        // Which of two equal cells hides the small one is not part of the contract: compare the figures shown.
        var sex = Figures(stats.GetProperty("breakdowns").GetProperty("sex"), "clients");
        sex["other"].Should().Be("x");
        string.Join(',', new[] { sex["male"], sex["female"], sex["other"] }.Order(StringComparer.Ordinal)).Should().Be(shown);
    }

    private static Dictionary<string, string> Figures(System.Text.Json.JsonElement breakdown, string measure) =>
        breakdown.EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty(measure).ToString());

    [Fact]
    public async Task Statistics_export_as_csv_by_format_or_accept_header()
    {
        var byFormat = await _analyst.GetAsync(Year2025("&format=csv"));
        byFormat.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await byFormat.Content.ReadAsStringAsync()).Split("\r\n");
        lines[0].Should().StartWith("section,code,code2,clients,services,minutes");
        lines.Should().Contain("totals,,,10,13,390,,,,,1.3,0,2,,,,,2.0").And.Contain("breakdown.nationality,VN,,7,7,,,,,,,,,,,,,");
        byFormat.Headers.GetValues("Cpic-Statistics-Definition").Should().Equal("2.0");

        var request = new HttpRequestMessage(HttpMethod.Get, Year2025());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        (await _analyst.SendAsync(request)).Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
    }

    [Fact]
    public async Task A_long_public_csv_with_a_cross_table_is_written_whole_with_small_cells_suppressed()
    {
        // Forty more clients of forty countries over the year: a table of several kilobytes.
        var countries = new[] { "AM", "AZ", "BY", "BA", "BR", "CN", "CU", "EG", "GE", "IN", "KZ", "KG", "MD", "MN", "MK", "MX",
            "NG", "PH", "RU", "RS", "TH", "TR", "US", "UZ", "AL", "DZ", "AR", "AU", "BD", "CA", "CL", "CO", "ET", "GH", "ID",
            "IR", "IQ", "JP", "KE", "KR" };
        var more = countries.Select(c => Client(nationality: c)).ToList();
        await app.Publish("LBC", [.. more, .. more.Select((c, i) => Service("LBC", new DateOnly(2025, 1 + (i % 12), 5), c.ClientId))]);

        var response = await _analyst.GetAsync(Year2025("&format=csv&public=true&groupBy=nationality,month"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.Should().BeGreaterThan(80);
        lines.Select(l => l.Split(',').Length).Should().AllBeEquivalentTo(18, "every line has the header's fields");
        lines.Should().Contain("totals,,,50,53,1590,,,,,1.06,0,42,,,,,2.0");
        lines.Should().Contain(l => l.StartsWith("crossTable,UA,2025-04,x,x,", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("crossTable,VN,2025-02,7,7,", StringComparison.Ordinal));
        lines[^1].Should().StartWith("courses.skkAudience,");
    }

    [Fact]
    public async Task Public_figures_give_no_ratio_over_a_suppressed_count()
    {
        var stats = await (await _analyst.GetAsync(Year2025("&public=true"))).ShouldBe(HttpStatusCode.OK);
        stats.GetProperty("totals").GetProperty("servicesPerClient").GetDecimal().Should().Be(1.3m);

        var april = await (await _analyst.GetAsync("/api/v1/monitoring/statistics?from=2025-04-01&to=2025-04-30&public=true"))
            .ShouldBe(HttpStatusCode.OK);
        april.GetProperty("totals").GetProperty("clients").GetString().Should().Be("<5");
        april.GetProperty("totals").GetProperty("servicesPerClient").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_public_xlsx_has_numbers_as_numbers_and_hidden_cells_as_text()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Year2025("&public=true&groupBy=nationality,serviceType"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        var response = await _analyst.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var totals = rows.Single(r => (string)r["section"] == "totals");
        totals["clients"].Should().BeOfType<double>().Which.Should().Be(10);
        totals["definitionVersion"].Should().Be("2.0");
        rows.Should().Contain(r => (string)r["section"] == "crossTable" && (string)r["code"] == "UA"
            && (string)r["code2"] == "legal-counselling" && (string)r["clients"] == "x");
    }

    [Fact]
    public async Task Statistics_export_as_xlsx()
    {
        var response = await _analyst.GetAsync(Year2025("&format=xlsx"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Should().Contain(r => (string)r["section"] == "totals" && r["clients"].ToString() == "10");
    }
}
