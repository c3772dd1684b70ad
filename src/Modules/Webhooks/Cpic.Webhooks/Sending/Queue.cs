using Cpic.Webhooks.Domain;
using Marten;
using Wolverine;

namespace Cpic.Webhooks.Sending;

/// <summary>The order of a subscription's deliveries per resource: the oldest pending one goes first.</summary>
internal static class Queue
{
    /// <summary>Whether an earlier delivery of the same subscription and resource is still pending.</summary>
    public static Task<bool> HasEarlierAsync(IQuerySession session, WebhookDelivery delivery, CancellationToken ct) =>
        Pending(session, delivery).Where(d => d.Sequence < delivery.Sequence).AnyAsync(ct);

    /// <summary>The pending delivery of the same subscription and resource that comes next after <paramref name="delivery"/>.</summary>
    public static Task<WebhookDelivery?> NextAsync(IQuerySession session, WebhookDelivery delivery, CancellationToken ct) =>
        Pending(session, delivery).Where(d => d.Id != delivery.Id).OrderBy(d => d.Sequence).FirstOrDefaultAsync(ct);

    /// <summary>The message that makes the delivery's next attempt, for the tenant (centre) the delivery is stored for.</summary>
    public static DeliveryMessage<SendWebhook> Attempt(WebhookDelivery delivery, string tenant) =>
        new SendWebhook(delivery.Id, delivery.Attempts.Count).WithTenantId(tenant);

    private static IQueryable<WebhookDelivery> Pending(IQuerySession session, WebhookDelivery delivery) =>
        session.Query<WebhookDelivery>().Where(d => d.SubscriptionId == delivery.SubscriptionId
            && d.ResourceKey == delivery.ResourceKey && d.Status == DeliveryStatuses.Pending);
}
