using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Webhooks.Domain;
using Cpic.Webhooks.Sending;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Webhooks.Features.Deliveries;

public sealed record ReplayDelivery(Guid SubscriptionId, Guid DeliveryId);

public static class ReplayDeliveryHandler
{
    /// <summary>Starts a new round of attempts (and retries) of a delivered or failed delivery, same body and webhook-id.</summary>
    public static async Task<(DeliveryResponse, OutgoingMessages)> Handle(ReplayDelivery command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var delivery = await session.LoadAsync<WebhookDelivery>(command.DeliveryId, ct);
        if (delivery is null || delivery.SubscriptionId != command.SubscriptionId
            || await session.LoadAsync<Subscription>(command.SubscriptionId, ct) is not { } subscription)
        {
            throw new NotFoundException("Delivery", command.DeliveryId.ToString());
        }

        if (!subscription.Enabled) throw new ConflictException("The subscription is disabled: enable it first (update-webhook-subscription).");
        if (delivery.Status == DeliveryStatuses.Pending) throw new ConflictException("The delivery is pending: it is being delivered.");
        (delivery.Status, delivery.RoundStartedAt, delivery.NextAttemptAt) = (DeliveryStatuses.Pending, clock.GetUtcNow(), null);
        session.UpdateRevision(delivery, delivery.Version + 1);
        return (DeliveryResponse.From(delivery), [Queue.Attempt(delivery, session.TenantId)]);
    }
}

public sealed class ReplayDeliveryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/webhooks/subscriptions/{id:guid}/deliveries/{deliveryId:guid}/replay", async (Guid id, Guid deliveryId,
                IMessageBus bus, CancellationToken ct) =>
                Results.Accepted(null, await bus.InvokeAsync<DeliveryResponse>(new ReplayDelivery(id, deliveryId), ct)))
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("replay-webhook-delivery")
            .WithSummary("Send a delivery again")
            .WithDescription("Queues a delivered or failed delivery again, with the same body and `webhook-id` (receivers " +
                "de-duplicate by it), retried as a new one. It keeps its place in the order of its resource. 409 while it " +
                "is pending or the subscription is disabled.")
            .Produces<DeliveryResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
