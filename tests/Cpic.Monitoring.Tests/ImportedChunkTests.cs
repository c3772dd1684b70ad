using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

/// <summary>
/// A chunk of a bulk import (<see cref="ClientsImported"/>, <see cref="ServicesImported"/>) counts exactly as its
/// events published one by one, also when the chunk is delivered twice (a redelivery changes nothing).
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class ImportedChunkTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("sex,residenceCategory")]
    [InlineData("nationality,ageBand")]
    [InlineData("serviceType,month")]
    public async Task An_imported_chunk_counts_as_its_events_one_by_one_also_when_delivered_twice(string groupBy)
    {
        await app.Publish("LBC", History("LBC").OneByOne);
        var chunk = History("PHA");
        ClientsImported clientChunk = new(chunk.Clients, chunk.Residences);
        ServicesImported serviceChunk = new(chunk.Services);
        // Services first: the chunk of clients must refresh facts that exist before it arrives.
        await app.Publish("PHA", serviceChunk, clientChunk);
        await app.Publish("PHA", clientChunk, serviceChunk);

        var lbc = await Figures($"&centre=LBC&groupBy={groupBy}");
        var pha = await Figures($"&centre=PHA&groupBy={groupBy}");
        lbc.Should().NotBe("[]");
        pha.Should().Be(lbc);
    }

    /// <summary>The same history for a centre: clients of several profiles and residences, services over a year.</summary>
    private static (List<object> OneByOne, List<ClientRegistered> Clients, List<ClientResidenceStatusChanged> Residences,
        List<ServiceRecorded> Services) History(string centre)
    {
        string[] nationalities = ["UA", "VN", "MN"];
        string[] categories = ["temporary-protection", "permanent-residence"];
        var clients = Enumerable.Range(0, 12).Select(i =>
            Client(centre, nationalities[i % 3], i % 2 == 0 ? "female" : "male", 1960 + 3 * i)).ToList();
        var residences = clients.Where((_, i) => i % 4 != 3).Select((c, i) => new ClientResidenceStatusChanged(c.ClientId, centre,
            categories[i % 2], null, new DateOnly(2025, 1, 1), null,
            [new(categories[(i + 1) % 2], new DateOnly(2024, 1, 1)), new(categories[i % 2], new DateOnly(2025, 6, 1))])).ToList();
        var services = clients.SelectMany((c, i) => Enumerable.Range(1, 1 + i % 3).Select(m =>
            Service(centre, new DateOnly(2025, 2 * m + i % 2, 10), m == 2 ? "legal-counselling" : "social-counselling", c.ClientId)))
            .ToList();
        return ([.. clients, .. residences, .. services], clients, residences, services);
    }

    private async Task<string> Figures(string query)
    {
        var stats = await (await _analyst.GetAsync(Year2025(query))).ShouldBe(HttpStatusCode.OK);
        return JsonSerializer.Serialize(new { totals = stats.GetProperty("totals"), rows = stats.GetProperty("crossTable").GetProperty("rows") });
    }
}
