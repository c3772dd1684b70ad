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
    public async Task Public_figures_show_counts_from_one_to_four_as_less_than_five()
    {
        var stats = await (await _analyst.GetAsync(Year2025("&public=true"))).ShouldBe(HttpStatusCode.OK);
        var nationality = stats.GetProperty("breakdowns").GetProperty("nationality").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("clients").ToString());
        nationality.Should().Equal(new Dictionary<string, string> { ["VN"] = "7", ["UA"] = "<5" });
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(10);
        stats.GetProperty("public").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Statistics_export_as_csv_by_format_or_accept_header()
    {
        var byFormat = await _analyst.GetAsync(Year2025("&format=csv"));
        byFormat.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await byFormat.Content.ReadAsStringAsync()).Split("\r\n");
        lines[0].Should().StartWith("section,code,code2,clients,services,minutes");
        lines.Should().Contain("totals,,,10,13,390,,,,").And.Contain("breakdown.nationality,VN,,7,7,,,,,");

        var request = new HttpRequestMessage(HttpMethod.Get, Year2025());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        (await _analyst.SendAsync(request)).Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
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
