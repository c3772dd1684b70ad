using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class Seed003Tests(CpicApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetWithFactsAsync();
        var clients = Seed003DataSet.Clients();
        await app.Publish("LBC", [.. clients, .. Seed003DataSet.Services(clients), .. Seed003DataSet.Courses(clients)]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_figures_of_seed_003_are_reproduced_for_the_centre_and_period()
    {
        var stats = await (await app.ClientFor("LBC", Roles.CentreHead)
            .GetAsync("/api/v1/monitoring/statistics?from=2010-04-01&to=2010-12-31")).ShouldBe(HttpStatusCode.OK);

        stats.GetProperty("definitionVersion").GetString().Should().Be("2.0");
        var totals = stats.GetProperty("totals");
        totals.GetProperty("clients").GetInt64().Should().Be(476);
        totals.GetProperty("countries").GetInt64().Should().Be(26);
        totals.GetProperty("services").GetInt64().Should().Be(2934);
        totals.GetProperty("servicesPerClient").GetDecimal().Should().BeApproximately(6.16m, 0.01m);
        Clients(stats, "nationality").Should().Contain(new Dictionary<string, long> { ["VN"] = 206, ["MN"] = 153, ["UA"] = 44, ["RU"] = 30 });
        Clients(stats, "serviceType")["legal-counselling"].Should().Be(42);

        var courses = stats.GetProperty("courses");
        var czech = Row(courses.GetProperty("byCategory"), "czech-language");
        czech.GetProperty("participants").GetInt64().Should().Be(392);
        czech.GetProperty("courses").GetInt64().Should().Be(18);
        czech.GetProperty("towns").GetArrayLength().Should().Be(5);
        Row(courses.GetProperty("byCourseType"), "czech-low-threshold").GetProperty("courses").GetInt64().Should().Be(16);
        Row(courses.GetProperty("byCourseType"), "czech-intensive").GetProperty("courses").GetInt64().Should().Be(2);
        Row(courses.GetProperty("byCategory"), "socio-cultural").GetProperty("participants").GetInt64().Should().Be(53);
        Row(courses.GetProperty("byCategory"), "pc").GetProperty("participants").GetInt64().Should().Be(17);
    }

    private static Dictionary<string, long> Clients(JsonElement stats, string dimension) =>
        stats.GetProperty("breakdowns").GetProperty(dimension).EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("clients").GetInt64());

    private static JsonElement Row(JsonElement rows, string code) =>
        rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
}
