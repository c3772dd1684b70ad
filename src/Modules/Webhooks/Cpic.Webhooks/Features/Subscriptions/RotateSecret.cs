using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Webhooks.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Webhooks.Features.Subscriptions;

public sealed record RotateSecret(Guid SubscriptionId, long ExpectedVersion);

public static class RotateSecretHandler
{
    /// <summary>A new secret signs from now on; the old one signs as well for <see cref="WebhookOptions.PreviousSecretFor"/>.</summary>
    public static async Task<SubscriptionResponse> Handle(RotateSecret command, IDocumentSession session, IOptions<WebhookOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var subscription = await session.LoadForUpdateAsync<Subscription>(command.SubscriptionId, command.ExpectedVersion, "Subscription", ct);
        (subscription.PreviousSecret, subscription.PreviousSecretUntil, subscription.Secret) =
            (subscription.Secret, clock.GetUtcNow() + options.Value.PreviousSecretFor, Signatures.NewSecret());
        return SubscriptionResponse.WithSecret(subscription, session.NextRevision(subscription));
    }
}

public sealed class RotateSecretEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/webhooks/subscriptions/{id:guid}/rotate-secret", async (Guid id, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var rotated = await bus.InvokeAsync<SubscriptionResponse>(new RotateSecret(id, request.ExpectedVersion()), ct);
                response.SetETag(rotated.Version);
                return Results.Ok(rotated);
            })
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("rotate-webhook-secret")
            .WithSummary("Replace a subscription's signing secret (If-Match)")
            .WithDescription("Answers the new `secret` (shown only now). For 24 hours deliveries carry two signatures in " +
                "`webhook-signature`, by the new and the old secret, so the receiver can switch without rejecting any.")
            .Produces<SubscriptionResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresIfMatch();
}
