using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;
using Cpic.Monitoring.Facts;
using Cpic.Monitoring.Statistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

/// <summary>
/// Each host counts the statistics from the facts in memory, caught up by change number before every read (ADR 0148):
/// caught up change by change it must hold what a fresh load of the table holds; an emptied table is read again;
/// service changes applied in batches reach it.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class FactMemoryTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly March = new(2025, 3, 14);
    private static readonly DateOnly May = new(2025, 5, 2);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Caught_up_change_by_change_the_memory_holds_what_a_fresh_load_holds()
    {
        var (vn, ua, mn, sk) = (Client(), Client(nationality: "UA", sex: "male", birthYear: 2010),
            Client(nationality: "MN"), Client("JHM", nationality: "SK"));
        var group = Service("LBC", March, vn.ClientId, ua.ClientId);
        var moved = Service("LBC", March, "legal-counselling", mn.ClientId);
        var cancelled = Service("JHM", May, sk.ClientId);
        await app.Publish("LBC", vn, ua, mn, group, moved, Service("LBC", May), Service("LBC", May, ua.ClientId));
        await app.Publish("JHM", sk, cancelled, Service("JHM", March, sk.ClientId));
        await SameAsFreshLoad(clients: 4, services: 6);

        await app.Publish("LBC", group, new ServiceCorrected(moved.ServiceId, "LBC", "LBC-CL", May, 60,
            "intercultural-assistance", "field", "workplace", null, ["housing", "residence"], "uk", false,
            [mn.ClientId, vn.ClientId], null, null));
        await app.Publish("JHM", new ServiceCancelled(cancelled.ServiceId, "JHM", May));
        await app.Publish("LBC", new ClientsMerged(vn.ClientId, mn.ClientId, "LBC"),
            new ClientProfileChanged(ua.ClientId, "LBC", "LBC-LIB", "female", 1950, "BY"),
            new ClientResidenceStatusChanged(vn.ClientId, "LBC", "temporary-protection", null, null, null));
        await SameAsFreshLoad(clients: 3, services: 5);
    }

    [Fact]
    public async Task An_emptied_table_is_read_again_from_the_start()
    {
        var vn = Client();
        await app.Publish("LBC", vn, Service("LBC", March, vn.ClientId), Service("LBC", May, vn.ClientId));
        await Totals(clients: 1, services: 2);

        await app.TruncateFactsAsync();
        var ua = Client(nationality: "UA");
        await app.Publish("LBC", ua, Service("LBC", May, ua.ClientId));

        await Totals(clients: 1, services: 1);
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

        await SameAsFreshLoad(clients: 2, services: 2);
        var march = await Read(new StatisticsFilter(new(2025, 3, 1), new(2025, 3, 31), null, null, null, [], false));
        march.Total[1].Should().Be(0, "the March services were moved or cancelled");
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

        await SameAsFreshLoad(clients: 1, services: 1);
    }

    // The host's memory, read between the steps of a test, against a memory loaded now from the table: every
    // calendar period and a range of days, five scopes, with a cross table of a service and a client dimension.
    private async Task SameAsFreshLoad(long clients, long services)
    {
        string?[][] scopes = [[null, null, null], [null, null, "CZ051"], ["LBC", null, null], ["JHM", null, null], [null, "LBC-CL", null]];
        (DateOnly From, DateOnly To)[] periods =
            [(new(2025, 1, 1), new(2025, 12, 31)), (new(2025, 3, 1), new(2025, 3, 31)), (new(2025, 5, 1), new(2025, 5, 31)),
             (new(2025, 1, 1), new(2025, 3, 31)), (new(2025, 4, 1), new(2025, 6, 30)), (new(2025, 1, 1), new(2025, 6, 30)),
             (new(2025, 3, 14), new(2025, 5, 1))];
        await using var connection = await StatisticsReader.OpenAsync(app.Store, default);
        var fresh = new FactMemory();
        foreach (var (from, to) in periods)
        {
            foreach (var s in scopes)
            {
                var filter = new StatisticsFilter(from, to, s[0], s[1], s[2], [Dimension.Topic, Dimension.Nationality], false);
                var caughtUp = await Read(filter);
                (await fresh.Read(connection, filter, default)).Should().BeEquivalentTo(caughtUp, $"{from}..{to} {string.Join(',', s)}");
            }
        }

        await Totals(clients, services);
    }

    private async Task Totals(long clients, long services)
    {
        var totals = (await (await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync(Year2025())).ShouldBe(HttpStatusCode.OK)).GetProperty("totals");
        totals.GetProperty("clients").GetInt64().Should().Be(clients);
        totals.GetProperty("services").GetInt64().Should().Be(services);
    }

    private async Task<FactFigures> Read(StatisticsFilter filter)
    {
        await using var connection = await StatisticsReader.OpenAsync(app.Store, default);
        return await FactMemory.Of(app.Store).Read(connection, filter, default);
    }
}
