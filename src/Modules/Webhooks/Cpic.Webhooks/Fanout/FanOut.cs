using System.Text.Json;
using Cpic.Webhooks.Domain;
using Cpic.Webhooks.Sending;
using Marten;
using Wolverine;

namespace Cpic.Webhooks.Fanout;

/// <summary>
/// Turns an event into one delivery per enabled subscription to its type (the centre's, and the ministry's for a
/// network-wide type), stored with its final body, and queues their first attempts, in the handler's transaction
/// (Wolverine's durable outbox): a delivery is never lost between the event and the send queue.
/// </summary>
internal static class FanOut
{
    /// <summary>
    /// The enabled subscriptions of the tenants to the type. Plain SQL: every recorded service comes through here, and
    /// Marten parsed the equivalent LINQ query anew each time (two thirds of the fan-out's CPU, bench/README.md).
    /// </summary>
    private const string Subscribed = $"select data from {WebhooksModule.Schema}.mt_doc_subscription " +
        "where tenant_id = any(?) and (data ->> 'enabled')::boolean and data -> 'eventTypes' @> to_jsonb(?::text)";

    private static long _lastSequence;

    public static async Task<OutgoingMessages> DeliverAsync(IDocumentSession session, TimeProvider clock, WebhookEvent e,
        CancellationToken ct)
    {
        string[] tenants = EventCatalogue.Find(e.Type)!.Network ? [e.Centre, Tenants.Of(null)] : [e.Centre];
        var subscriptions = await session.QueryAsync<Subscription>(Subscribed, ct, tenants, e.Type);
        if (subscriptions.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var payload = JsonSerializer.Serialize(new { type = e.Type, timestamp = now, data = e.Data }, JsonSerializerOptions.Web);
        OutgoingMessages messages = [];
        foreach (var subscription in subscriptions)
        {
            var id = Guid.CreateVersion7(now);
            var delivery = new WebhookDelivery
            {
                Id = id, Version = 1, SubscriptionId = subscription.Id, WebhookId = $"msg_{id:N}", EventType = e.Type,
                ResourceKey = e.ResourceKey, Sequence = NextSequence(now), Payload = payload, CreatedAt = now, RoundStartedAt = now,
            };
            var tenant = Tenants.Of(subscription.Centre);
            session.ForTenant(tenant).Insert(delivery);
            messages.Add(Queue.Attempt(delivery, tenant));
        }

        return messages;
    }

    /// <summary>Increasing in the order events are handled (one at a time, ADR 0015), also within one clock tick.</summary>
    private static long NextSequence(DateTimeOffset now)
    {
        while (true)
        {
            var last = Volatile.Read(ref _lastSequence);
            var next = Math.Max(last + 1, now.UtcTicks);
            if (Interlocked.CompareExchange(ref _lastSequence, next, last) == last) return next;
        }
    }
}
