using System.Net.Http.Json;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Clients.Features.Residence;
using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.Clients.Tests;

/// <summary>
/// ResidenceExpiring (webhook <c>client.residence-expiring</c>): published once, 30 days before the latest status ends,
/// and only if it still is the latest status then.
/// </summary>
[Collection(ClientsCollection.Name)]
public sealed class ResidenceExpiringTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly Today = TimeProvider.System.Today();
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<ITrackedSession> Tracked(Func<IMessageContext, Task> action) =>
        await app.Tracking().IncludeExternalTransports().ExecuteAndWaitAsync(action);

    private Task<ITrackedSession> Record(Guid client, string category, DateOnly from, DateOnly? until) =>
        Tracked(async _ => (await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client}/residence-statuses",
            new { category, permitType = "dočasná ochrana", validFrom = from, validUntil = until })).EnsureSuccessStatusCode());

    private async Task<List<ResidenceExpiring>> Check(CheckResidenceExpiring check) =>
        [.. (await Tracked(c => c.InvokeForTenantAsync("LBC", check))).Sent.MessagesOf<ResidenceExpiring>()];

    [Fact]
    public async Task A_status_ending_within_30_days_is_announced_once_with_ids_and_codes()
    {
        var client = (await _counsellor.Register(ClientRequests.Person())).Id();

        var recorded = await Record(client, "temporary-protection", Today.AddYears(-1), Today.AddDays(10));

        recorded.Sent.MessagesOf<ResidenceExpiring>().Should().ContainSingle()
            .Which.Should().Be(new ResidenceExpiring(client, "LBC", "temporary-protection", Today.AddDays(10)));
    }

    [Fact]
    public async Task A_later_end_schedules_the_check_and_a_newer_status_cancels_it()
    {
        var client = (await _counsellor.Register(ClientRequests.Person())).Id();
        var (from, until) = (Today.AddYears(-1), Today.AddDays(90));

        var recorded = await Record(client, "temporary-protection", from, until);
        recorded.Sent.MessagesOf<ResidenceExpiring>().Should().BeEmpty("the status ends in 90 days");
        recorded.AllRecordsInOrder().Where(r => r.Message is CheckResidenceExpiring).Select(r => r.Envelope?.ScheduledTime).Should().Contain(until.AddDays(-30).StartInPrague(), "it waits until 30 days before");
        (await Check(new CheckResidenceExpiring(client, from, until))).Should().ContainSingle("it is still the latest");

        var other = (await _counsellor.Register(ClientRequests.Person(surname: "Novejsi"))).Id();
        await Record(other, "temporary-protection", from, until);
        await Record(other, "long-term-residence", Today.AddDays(-1), null);
        (await Check(new CheckResidenceExpiring(other, from, until))).Should().BeEmpty("a newer status replaced it");
    }

    [Fact]
    public async Task A_redelivered_check_sends_nothing_the_second_time()
    {
        var client = (await _counsellor.Register(ClientRequests.Person())).Id();
        var (from, until) = (Today.AddYears(-1), Today.AddDays(5));
        (await Record(client, "long-term-visa", from, until)).Sent.MessagesOf<ResidenceExpiring>().Should().ContainSingle();

        (await Check(new CheckResidenceExpiring(client, from, until))).Should().BeEmpty();
    }
}
