using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Webhooks.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Webhooks.Features.Subscriptions;

public sealed record UpdateSubscription(Guid SubscriptionId, long ExpectedVersion, SubscriptionInput Input, string? Centre);

public static class UpdateSubscriptionHandler
{
    /// <summary>Replaces URL, types, note and state; enabling a disabled subscription starts its count of failures again.</summary>
    public static async Task<SubscriptionResponse> Handle(UpdateSubscription command, IDocumentSession session, CancellationToken ct)
    {
        var subscription = await session.LoadForUpdateAsync<Subscription>(command.SubscriptionId, command.ExpectedVersion, "Subscription", ct);
        var input = command.Input;
        Owner.EnsureAllowed(command.Centre, input.EventTypes);
        if (input.Enabled && !subscription.Enabled)
        {
            subscription.DisabledAt = null;
            session.Store(new SubscriptionHealth { Id = subscription.Id });
        }

        (subscription.Url, subscription.EventTypes, subscription.Description, subscription.Enabled) =
            (input.Url, input.EventTypes, input.Description, input.Enabled);
        return SubscriptionResponse.From(subscription, session.NextRevision(subscription));
    }
}

public sealed class UpdateSubscriptionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/webhooks/subscriptions/{id:guid}", async (Guid id, SubscriptionInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var command = new UpdateSubscription(id, request.ExpectedVersion(), input, Owner.CentreOf(request.HttpContext.User));
                var updated = await bus.InvokeAsync<SubscriptionResponse>(command, ct);
                response.SetETag(updated.Version);
                return Results.Ok(updated);
            })
            .Validate<SubscriptionInput>()
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("update-webhook-subscription")
            .WithSummary("Edit, pause or re-enable a webhook subscription (If-Match)")
            .WithDescription("Replaces URL, event types, description and `enabled` (send back what GET gave, changed). " +
                "`enabled: true` re-enables a subscription disabled after repeated failures; deliveries that failed " +
                "meanwhile can be replayed (replay-webhook-delivery). The URL rules of create apply. The secret stays.")
            .Produces<SubscriptionResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresIfMatch();
}
