using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Testing;
using Wolverine.Tracking;

namespace Cpic.Monitoring.Tests;

/// <summary>
/// The seed 003 shape loaded the way a centre records it: clients through the Clients API and services through the
/// Counselling API, then read from the statistics. (Seed003Tests adds the course figures from course events.)
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class Seed003ApiTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_seed_003_figures_come_out_of_clients_and_services_recorded_through_the_api()
    {
        var people = Seed003DataSet.Clients();
        var ids = new Guid[people.Count];
        await Load(people.Count, async i => ids[i] = (await (await _head.PostJson("/api/v1/clients?force=true", new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = $"Klient{i}", surname = $"Seed{i}", birthYear = people[i].BirthYear,
            sex = people[i].Sex, nationality = people[i].Nationality, preferredLanguage = "cs",
        })).ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid());

        var services = Seed003DataSet.Services(people).Cast<Cpic.Counselling.Contracts.ServiceRecorded>().ToList();
        var index = people.Select((p, i) => (p.ClientId, i)).ToDictionary(p => p.ClientId, p => p.i);
        await Load(services.Count, async i => await (await _head.PostJson("/api/v1/counselling/services", new
        {
            clientIds = new[] { ids[index[services[i].ClientIds[0]]] }, date = services[i].Date, minutes = 30,
            serviceType = services[i].ServiceType, form = "office", workplace = "LBC-LIB", place = new { type = "workplace" },
            topics = new[] { "residence" },
        })).ShouldBe(HttpStatusCode.Created));

        var stats = await (await _head.GetAsync("/api/v1/monitoring/statistics?from=2010-04-01&to=2010-12-31"))
            .ShouldBe(HttpStatusCode.OK);
        var totals = stats.GetProperty("totals");
        totals.GetProperty("clients").GetInt64().Should().Be(476);
        totals.GetProperty("countries").GetInt64().Should().Be(26);
        totals.GetProperty("services").GetInt64().Should().Be(2934);
        totals.GetProperty("servicesPerClient").GetDecimal().Should().Be(6.16m);
        Clients(stats, "nationality").Should().Contain(new Dictionary<string, long> { ["VN"] = 206, ["MN"] = 153, ["UA"] = 44, ["RU"] = 30 });
        Clients(stats, "serviceType")["legal-counselling"].Should().Be(42);
    }

    /// <summary>Sends <paramref name="count"/> requests eight at a time and waits until Monitoring has handled them all.</summary>
    private async Task Load(int count, Func<int, Task> send) =>
        await app.Tracking(TimeSpan.FromMinutes(5)).IncludeExternalTransports()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(_ =>
                Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
                    async (i, _) => await send(i))));

    private static Dictionary<string, long> Clients(JsonElement stats, string dimension) =>
        stats.GetProperty("breakdowns").GetProperty(dimension).EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("clients").GetInt64());
}
