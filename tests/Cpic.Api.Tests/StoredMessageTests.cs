using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace Cpic.Api.Tests;

/// <summary>
/// Messages put straight into Wolverine's storage, as a failure leaves them: stranded in the inbox of the running node,
/// or in the dead letters.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StoredMessageTests(CpicApp app)
{
    private readonly IWolverineRuntime _runtime = app.Services.GetRequiredService<IWolverineRuntime>();

    /// <summary>
    /// A write whose commit reply was lost: its messages are stored in the inbox for this very node, which never queued
    /// them in memory (the commit "failed"). Before the fix they stayed there until the host was restarted.
    /// </summary>
    [Fact]
    public async Task A_message_stored_for_the_running_node_but_never_queued_is_handled_without_a_restart()
    {
        var (envelope, clientId) = ClientRegisteredForCounselling();
        envelope.Status = EnvelopeStatus.Incoming;
        envelope.OwnerId = _runtime.Options.Durability.AssignedNodeNumber;
        await _runtime.Storage.Inbox.StoreIncomingAsync(envelope);

        (await KnownAsync(clientId, TimeSpan.FromSeconds(60))).Should().BeTrue("it is released after InboxStaleTime and handled");
    }

    /// <summary>
    /// Handled inbox rows are kept a minute, not Wolverine's default five: every durability pass scans them, so under a
    /// sustained load five minutes of them cost the database more than the messages did (bench/README.md).
    /// </summary>
    [Fact]
    public async Task A_handled_message_is_kept_in_the_inbox_for_a_minute_at_most()
    {
        var (envelope, clientId) = ClientRegisteredForCounselling();
        using (var scope = app.Services.CreateScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            bus.TenantId = "LBC";
            await bus.PublishAsync(envelope.Message!);
        }

        (await KnownAsync(clientId, TimeSpan.FromSeconds(30))).Should().BeTrue();
        (await InjectedOutage.CountAsync(app, """
            select count(*) from wolverine.wolverine_incoming_envelopes
            where status = 'Handled' and keep_until > now() + interval '70 seconds'
            """)).Should().Be(0);
    }

    [Fact]
    public async Task A_dead_letter_degrades_readiness_is_listed_to_the_coordinator_and_replayed_on_request()
    {
        var (envelope, clientId) = ClientRegisteredForCounselling();
        await _runtime.Storage.Inbox.MoveToDeadLetterStorageAsync(envelope, new InvalidOperationException("content"));
        var coordinator = app.ClientFor(null, Roles.MinistryCoordinator);

        var ready = await app.CreateClient().GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Degraded");
        var list = await (await coordinator.GetAsync("/api/v1/operations/dead-letters")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Contain(envelope.Id);
        await (await app.ClientFor("LBC", Roles.CentreHead).GetAsync("/api/v1/operations/dead-letters")).ShouldBeProblem(HttpStatusCode.Forbidden);

        var replay = await (await coordinator.PostJson("/api/v1/operations/dead-letters/replay", new { ids = new[] { envelope.Id } }))
            .ShouldBe(HttpStatusCode.Accepted);
        replay.GetProperty("replayed").GetInt32().Should().Be(1);
        (await KnownAsync(clientId, TimeSpan.FromSeconds(30))).Should().BeTrue("the replayed message is handled");
        (await (await app.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    private (Envelope Envelope, Guid ClientId) ClientRegisteredForCounselling()
    {
        var registered = new ClientRegistered(Guid.NewGuid(), "LBC", "LBC-LIB", "LBC-STORED", true, "female", null, "VN",
            DateOnly.FromDateTime(DateTime.UtcNow), "1980-1984");
        var envelope = new Envelope(registered)
        {
            Destination = new Uri("local://counselling/"), TenantId = "LBC", ContentType = "application/json",
            MessageType = typeof(ClientRegistered).FullName,
        };
        envelope.Data = _runtime.Options.DefaultSerializer.Write(envelope);
        return (envelope, registered.ClientId);
    }

    private async Task<bool> KnownAsync(Guid clientId, TimeSpan within)
    {
        var sql = $"select count(*) from counselling.mt_doc_knownclient where id = '{clientId}'";
        for (var waited = TimeSpan.Zero; waited < within; waited += TimeSpan.FromMilliseconds(500))
        {
            if (await InjectedOutage.CountAsync(app, sql) > 0) return true;
            await Task.Delay(500);
        }

        return false;
    }
}
