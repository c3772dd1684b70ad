using Cpic.Clients.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace Cpic.Api.Tests;

/// <summary>
/// A write whose commit reply was lost: its messages are stored in the inbox for this very node, but the node never
/// queued them in memory (the commit "failed"). Before the fix they stayed there until the host was restarted.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StrandedMessageTests(CpicApp app)
{
    [Fact]
    public async Task A_message_stored_for_the_running_node_but_never_queued_is_handled_without_a_restart()
    {
        var runtime = app.Services.GetRequiredService<IWolverineRuntime>();
        var registered = new ClientRegistered(Guid.NewGuid(), "LBC", "LBC-LIB", "LBC-STRANDED", true, "female", null, "VN",
            DateOnly.FromDateTime(DateTime.UtcNow), "1980-1984");
        var envelope = new Envelope(registered)
        {
            Destination = new Uri("local://counselling/"), TenantId = "LBC", ContentType = "application/json",
            MessageType = typeof(ClientRegistered).FullName, OwnerId = runtime.Options.Durability.AssignedNodeNumber,
            Status = EnvelopeStatus.Incoming,
        };
        envelope.Data = runtime.Options.DefaultSerializer.Write(envelope);
        await runtime.Storage.Inbox.StoreIncomingAsync(envelope);

        var known = $"select count(*) from counselling.mt_doc_knownclient where id = '{registered.ClientId}'";
        for (var i = 0; i < 120 && await InjectedOutage.CountAsync(app, known) == 0; i++)
        {
            await Task.Delay(500);
        }

        (await InjectedOutage.CountAsync(app, known)).Should().Be(1, "the stranded message is released after InboxStaleTime and handled");
    }
}
