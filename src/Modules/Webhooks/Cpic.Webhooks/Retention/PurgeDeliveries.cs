using Cpic.Webhooks.Domain;
using Marten;

namespace Cpic.Webhooks.Retention;

/// <summary>Delete the delivered and failed deliveries, attempts included, whose last round started before <c>Before</c>.</summary>
public sealed record PurgeWebhookDeliveries(DateTimeOffset Before);

/// <summary>
/// The retention of the delivery log (docs/webhooks.md): a delivery and its attempts go once its last round of attempts
/// (its creation, or its last replay) is older than <c>Webhooks:KeepDeliveriesFor</c>, every centre's and the
/// ministry's alike. Pending deliveries stay, whatever their age. Deleting is idempotent, so a redelivered or doubled
/// run does no harm.
/// </summary>
public static class PurgeWebhookDeliveriesHandler
{
    public static void Handle(PurgeWebhookDeliveries command, IDocumentSession session) =>
        session.DeleteWhere<WebhookDelivery>(d => d.AnyTenant() && d.Status != DeliveryStatuses.Pending && d.RoundStartedAt < command.Before);
}
