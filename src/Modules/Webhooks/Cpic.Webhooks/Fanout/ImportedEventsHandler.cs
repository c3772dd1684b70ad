using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;
using Marten;
using Wolverine;

namespace Cpic.Webhooks.Fanout;

/// <summary>
/// A chunk of a bulk history import (docs/imports.md) delivers one webhook event per imported record, exactly as the
/// events it carries would one by one (<see cref="WebhookEventsHandler"/>), in their order, in one transaction.
/// </summary>
public static class ImportedEventsHandler
{
    public static Task<OutgoingMessages> Handle(ClientsImported e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Each(e.Registered, r => WebhookEventsHandler.Handle(r, session, clock, ct));

    public static Task<OutgoingMessages> Handle(ServicesImported e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Each(e.Services, s => WebhookEventsHandler.Handle(s, session, clock, ct));

    private static async Task<OutgoingMessages> Each<T>(IEnumerable<T> events, Func<T, Task<OutgoingMessages>> deliver)
    {
        OutgoingMessages messages = [];
        foreach (var e in events)
        {
            messages.AddRange(await deliver(e));
        }

        return messages;
    }
}
