using Cpic.Webhooks.Contracts;
using Cpic.Webhooks.Domain;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Attributes;

namespace Cpic.Webhooks.Sending;

/// <summary>
/// Sends one delivery and records the attempt, on a durable queue that handles one message at a time (ADR 0015). A
/// delivery waits while an earlier one of the same subscription and resource is pending; when a delivery is done
/// (delivered, or failed for good) the next one of its resource is queued. A failure is retried with the delay of
/// <see cref="RetrySchedule"/> (a delayed message in the durable outbox) and counts towards disabling the subscription.
/// </summary>
[StickyHandler(WebhooksModule.SendQueue)]
public static class SendWebhookHandler
{
    public static async Task<OutgoingMessages> Handle(SendWebhook message, IDocumentSession session, WebhookSender sender,
        IOptions<WebhookOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var delivery = await session.LoadAsync<WebhookDelivery>(message.DeliveryId, ct);
        if (delivery is not { Status: DeliveryStatuses.Pending } || delivery.Attempts.Count != message.Attempts) return [];
        if (await Queue.HasEarlierAsync(session, delivery, ct)) return []; // the earlier one releases it when done

        var now = clock.GetUtcNow();
        var subscription = await session.LoadAsync<Subscription>(delivery.SubscriptionId, ct);
        OutgoingMessages messages = [];
        if (subscription is not { Enabled: true })
        {
            delivery.Attempts.Add(new DeliveryAttempt(now, null, 0, null, "The subscription is disabled or deleted."));
            return await FinishAsync(session, delivery, DeliveryStatuses.Failed, messages, ct);
        }

        var attempt = await sender.SendAsync(subscription.Url, delivery.WebhookId, delivery.Payload, subscription.SecretsAt(now), now, ct);
        delivery.Attempts.Add(attempt);
        var health = await session.LoadAsync<SubscriptionHealth>(subscription.Id, ct) ?? new SubscriptionHealth { Id = subscription.Id };
        session.Store(health);
        if (attempt.Succeeded)
        {
            health.Reset();
            return await FinishAsync(session, delivery, DeliveryStatuses.Delivered, messages, ct);
        }

        if (health.Failed(options.Value, now))
        {
            (subscription.Enabled, subscription.DisabledAt) = (false, now);
            session.UpdateRevision(subscription, subscription.Version + 1);
            messages.Add(new WebhookSubscriptionDisabled(subscription.Id, subscription.Centre, health.FailedAttempts));
            return await FinishAsync(session, delivery, DeliveryStatuses.Failed, messages, ct);
        }

        var failures = delivery.Attempts.Count(a => a.At >= delivery.RoundStartedAt);
        if (RetrySchedule.Next(options.Value, failures, delivery.RoundStartedAt, now) is not { } delay)
        {
            return await FinishAsync(session, delivery, DeliveryStatuses.Failed, messages, ct);
        }

        delivery.NextAttemptAt = now + delay;
        session.UpdateRevision(delivery, delivery.Version + 1);
        messages.Add(Queue.Attempt(delivery, session.TenantId).DelayedFor(delay));
        return messages;
    }

    private static async Task<OutgoingMessages> FinishAsync(IDocumentSession session, WebhookDelivery delivery, string status,
        OutgoingMessages messages, CancellationToken ct)
    {
        (delivery.Status, delivery.NextAttemptAt) = (status, null);
        session.UpdateRevision(delivery, delivery.Version + 1);
        if (await Queue.NextAsync(session, delivery, ct) is { } next) messages.Add(Queue.Attempt(next, session.TenantId));
        return messages;
    }
}
