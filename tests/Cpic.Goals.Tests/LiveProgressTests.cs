using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

/// <summary>A metric key result's value is Monitoring's figure for the same metric, scope and period, never a recount.</summary>
[Collection(GoalsCollection.Name)]
public sealed class LiveProgressTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetWithMonitoringFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Metric_values_equal_the_statistics_after_services_are_recorded_corrected_and_cancelled()
    {
        var (adult, teen) = (Client(), Client(birthYear: 2009));
        var first = Service(new DateOnly(2025, 3, 3), "social-counselling", "office", adult.ClientId);
        var second = Service(new DateOnly(2025, 4, 7), "social-counselling", "remote", teen.ClientId);
        var third = Service(new DateOnly(2025, 5, 5), "legal-counselling", "office", adult.ClientId, teen.ClientId);
        await app.PublishAsync("LBC", adult, teen, first, second, third);
        var set = await _head.CreateAsync(2025, Goal("Sociální poradenství pro 250 klientů",
            MetricKr("clients", new { serviceType = "social-counselling" }, 250),
            MetricKr("services", null, 70),
            MetricKr("clients", new { serviceType = "social-counselling", ageBand = "15-17" }, 5),
            MetricKr("minutes", new { form = "office" }, 600)));
        var id = set.GetProperty("id").GetGuid();

        await ValuesShouldEqualStatistics(id, [1 + 1, 3, 1, 60]);

        await app.PublishAsync("LBC", new ServiceCorrected(first.ServiceId, "LBC", "LBC-LIB", first.Date, 50, "legal-counselling",
            "office", "workplace", null, ["residence"], null, false, [adult.ClientId], null, null, Revision: 2));
        await ValuesShouldEqualStatistics(id, [1, 3, 1, 80]);

        await app.PublishAsync("LBC", new ServiceCancelled(second.ServiceId, "LBC", second.Date));
        await ValuesShouldEqualStatistics(id, [0, 2, 0, 80]);
    }

    private async Task ValuesShouldEqualStatistics(Guid id, decimal[] expected)
    {
        var progress = (await (await _head.GetAsync($"{Sets}/{id}")).ShouldBe(HttpStatusCode.OK)).GetProperty("progress");
        var values = progress.GetProperty("goals")[0].GetProperty("keyResults").EnumerateArray()
            .Select(k => k.GetProperty("value").GetDecimal()).ToArray();
        var statistics = await (await _head.GetAsync("/api/v1/monitoring/statistics?from=2025-01-01&to=2025-12-31")).ShouldBe(HttpStatusCode.OK);
        var cross = await (await _head.GetAsync("/api/v1/monitoring/statistics?from=2025-01-01&to=2025-12-31&groupBy=ageBand,serviceType"))
            .ShouldBe(HttpStatusCode.OK);
        decimal[] figures =
        [
            Row(statistics.GetProperty("breakdowns").GetProperty("serviceType"), "social-counselling", "clients"),
            statistics.GetProperty("totals").GetProperty("services").GetDecimal(),
            cross.GetProperty("crossTable").GetProperty("rows").EnumerateArray()
                .Where(r => r.GetProperty("keys")[0].GetString() == "15-17" && r.GetProperty("keys")[1].GetString() == "social-counselling")
                .Sum(r => r.GetProperty("clients").GetDecimal()),
            Row(statistics.GetProperty("breakdowns").GetProperty("form"), "office", "minutes"),
        ];
        values.Should().Equal(figures, "each value is the statistics API's figure");
        values.Should().Equal(expected);
    }

    private static decimal Row(JsonElement rows, string code, string measure) =>
        rows.EnumerateArray().Where(r => r.GetProperty("code").GetString() == code).Sum(r => r.GetProperty(measure).GetDecimal());
}
