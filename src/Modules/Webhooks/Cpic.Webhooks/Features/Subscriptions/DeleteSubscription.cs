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

public sealed record DeleteSubscription(Guid SubscriptionId, long ExpectedVersion);

public static class DeleteSubscriptionHandler
{
    /// <summary>Deletes the subscription; its pending deliveries fail when their turn comes.</summary>
    public static async Task Handle(DeleteSubscription command, IDocumentSession session, CancellationToken ct)
    {
        var subscription = await session.LoadForUpdateAsync<Subscription>(command.SubscriptionId, command.ExpectedVersion, "Subscription", ct);
        session.Delete(subscription);
        session.Delete<SubscriptionHealth>(subscription.Id);
    }
}

public sealed class DeleteSubscriptionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/v1/webhooks/subscriptions/{id:guid}", async (Guid id, HttpRequest request, IMessageBus bus,
                CancellationToken ct) =>
            {
                await bus.InvokeAsync(new DeleteSubscription(id, request.ExpectedVersion()), ct);
                return Results.NoContent();
            })
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("delete-webhook-subscription")
            .WithSummary("Delete a webhook subscription (If-Match)")
            .WithDescription("Nothing more is delivered to it; deliveries still pending are not sent.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresIfMatch();
}
