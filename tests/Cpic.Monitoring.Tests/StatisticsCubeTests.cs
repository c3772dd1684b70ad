using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;
using Cpic.Monitoring.Facts;
using JasperFx.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

/// <summary>
/// Calendar months, quarters, half-years and years are read from the statistics cube, other periods aggregated from
/// the facts (ADR 0141, 0146): after every kind of fact change, and after the migration's fill, both must give the
/// same figures. The other period is the same one starting a
/// day earlier, a day without facts.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class StatisticsCubeTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly March = new(2025, 3, 14);
    private static readonly DateOnly May = new(2025, 5, 2);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_cube_gives_the_figures_of_the_facts_after_corrections_cancellations_and_merges()
    {
        var (vn, ua, mn, sk) = (Client(), Client(nationality: "UA", sex: "male", birthYear: 2010),
            Client(nationality: "MN"), Client("JHM", nationality: "SK"));
        var group = Service("LBC", March, vn.ClientId, ua.ClientId);
        var moved = Service("LBC", March, "legal-counselling", mn.ClientId);
        var cancelled = Service("JHM", May, sk.ClientId);
        await app.Publish("LBC", vn, ua, mn, group, moved, Service("LBC", May), Service("LBC", May, ua.ClientId));
        await app.Publish("JHM", sk, cancelled, Service("JHM", March, sk.ClientId));
        await SameFigures(clients: 4, services: 6);

        await app.Publish("LBC", group, new ServiceCorrected(moved.ServiceId, "LBC", "LBC-CL", May, 60,
            "intercultural-assistance", "field", "workplace", null, ["housing", "residence"], "uk", false,
            [mn.ClientId, vn.ClientId], null, null));
        await app.Publish("JHM", new ServiceCancelled(cancelled.ServiceId, "JHM", May));
        await app.Publish("LBC", new ClientsMerged(vn.ClientId, mn.ClientId, "LBC"),
            new ClientProfileChanged(ua.ClientId, "LBC", "LBC-LIB", "female", 1950, "BY"),
            new ClientResidenceStatusChanged(vn.ClientId, "LBC", "temporary-protection", null, null, null));
        await SameFigures(clients: 3, services: 5);

        // The calendar year really comes from the cube: without it, it has no figures; the day-earlier period has.
        await Sql("truncate monitoring.statistics_cube");
        var analyst = app.ClientFor(null, Roles.MinistryAnalyst);
        (await Figures(analyst, "from=2025-01-01&to=2025-12-31")).Should().NotBe(await Figures(analyst, "from=2024-12-31&to=2025-12-31"));
    }

    [Fact]
    public async Task The_migration_fills_the_cube_for_the_years_it_has_not_filled_yet()
    {
        var (vn, sk) = (Client(), Client("JHM", nationality: "SK"));
        await app.Publish("LBC", vn, Service("LBC", March, vn.ClientId), Service("LBC", May, vn.ClientId));
        await app.Publish("JHM", sk, Service("JHM", May, sk.ClientId));
        var fill = app.Services.GetServices<IStatefulResource>().Single(r => r.Name == "statistics-cube");
        var analyst = app.ClientFor(null, Roles.MinistryAnalyst);
        var facts = await Figures(analyst, "from=2024-12-31&to=2025-12-31");

        // A year noted as filled (before an interruption, say) is not filled again.
        await Sql("truncate monitoring.statistics_cube, monitoring.statistics_cube_fill; insert into monitoring.statistics_cube_fill values ('2', 2025)");
        await fill.Setup(CancellationToken.None);
        (await Figures(analyst, "from=2025-01-01&to=2025-12-31")).Should().NotBe(facts);

        await Sql("truncate monitoring.statistics_cube_fill");
        await fill.Setup(CancellationToken.None);
        await SameFigures(clients: 2, services: 3);
    }

    [Theory]
    [InlineData("from=2025-04-01&to=2025-06-30", "cube")]
    [InlineData("from=2025-07-01&to=2025-12-31&region=CZ051", "cube")]
    [InlineData("from=2025-01-01&to=2025-03-31&groupBy=nationality,topic", "cube+facts")]
    [InlineData("from=2025-01-02&to=2025-03-31", "facts")]
    [InlineData("from=2025-01-01&to=2025-12-31&centre=LBC&region=CZ051", "facts")]
    public async Task The_response_names_where_its_figures_come_from(string query, string plan)
    {
        var response = await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync($"/api/v1/monitoring/statistics?{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Cpic-Statistics-Plan").Should().Equal(plan);
    }

    [Fact]
    public async Task Changes_waiting_together_are_applied_in_one_batch_in_their_order()
    {
        var (vn, ua) = (Client(), Client(nationality: "UA"));
        await app.Publish("LBC", vn, ua);
        var moved = Service("LBC", March, vn.ClientId);
        var cancelled = Service("LBC", March, ua.ClientId);
        var kept = Service("LBC", May, ua.ClientId, vn.ClientId);
        // Queued as the handlers queue them, in one transaction, so that one applier run takes them all.
        await using (var session = app.Store.LightweightSession("LBC"))
        {
            await ServiceChangesHandler.Handle(moved, session, default);
            await ServiceChangesHandler.Handle(cancelled, session, default);
            await ServiceChangesHandler.Handle(Corrected(moved, "legal-counselling", ua.ClientId) with { Date = May }, session, default);
            ServiceChangesHandler.Handle(new ServiceCancelled(cancelled.ServiceId, "LBC", March), session);
            await ServiceChangesHandler.Handle(kept, session, default);
            await session.SaveChangesAsync();
        }

        await app.Publish("LBC", new ApplyPendingServiceChanges());

        await SameFigures(clients: 2, services: 2);
        var analyst = app.ClientFor(null, Roles.MinistryAnalyst);
        var march = await (await analyst.GetAsync("/api/v1/monitoring/statistics?from=2025-03-01&to=2025-03-31")).ShouldBe(HttpStatusCode.OK);
        march.GetProperty("totals").GetProperty("services").GetInt64().Should().Be(0, "the March services were moved or cancelled");
    }

    [Fact]
    public async Task Changes_left_waiting_when_a_host_stopped_are_applied_when_a_host_starts()
    {
        var client = Client();
        await app.Publish("LBC", client);
        await using (var session = app.Store.LightweightSession("LBC"))
        {
            // Queued, but the host "stopped" before asking for it to be applied.
            await ServiceChangesHandler.Handle(Service("LBC", March, client.ClientId), session, default);
            await session.SaveChangesAsync();
        }

        var atStart = app.Services.GetServices<IHostedService>().OfType<IHostedLifecycleService>()
            .Single(s => s.GetType().Name == "ApplyPendingAtStart");
        await atStart.StartedAsync(CancellationToken.None);

        await SameFigures(clients: 1, services: 1);
    }

    private async Task SameFigures(long clients, long services)
    {
        var analyst = app.ClientFor(null, Roles.MinistryAnalyst);
        string[] scopes = ["", "&region=CZ051", "&centre=LBC", "&centre=JHM", "&workplace=LBC-CL"];
        (string From, string To, string DayBefore)[] periods =
            [("2025-01-01", "2025-12-31", "2024-12-31"), ("2025-03-01", "2025-03-31", "2025-02-28"),
             ("2025-05-01", "2025-05-31", "2025-04-30"), ("2025-01-01", "2025-03-31", "2024-12-31"),
             ("2025-04-01", "2025-06-30", "2025-03-31"), ("2025-01-01", "2025-06-30", "2024-12-31")];
        foreach (var (from, to, dayBefore) in periods)
        {
            foreach (var scope in scopes)
            {
                var cube = await Figures(analyst, $"from={from}&to={to}{scope}");
                var facts = await Figures(analyst, $"from={dayBefore}&to={to}{scope}");
                cube.Should().Be(facts, $"{from}..{to}{scope}");
            }
        }

        var totals = (await (await analyst.GetAsync(Year2025())).ShouldBe(HttpStatusCode.OK)).GetProperty("totals");
        totals.GetProperty("clients").GetInt64().Should().Be(clients);
        totals.GetProperty("services").GetInt64().Should().Be(services);
    }

    private async Task Sql(string sql)
    {
        await using var connection = app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> Figures(HttpClient client, string query)
    {
        var stats = await (await client.GetAsync($"/api/v1/monitoring/statistics?{query}")).ShouldBe(HttpStatusCode.OK);
        return JsonSerializer.Serialize(new { totals = stats.GetProperty("totals"), breakdowns = stats.GetProperty("breakdowns") });
    }
}
