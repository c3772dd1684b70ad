using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Webhooks.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Webhooks.Features.Subscriptions;

public sealed class GetSubscriptionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/webhooks/subscriptions/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                CancellationToken ct) =>
            {
                var subscription = await session.LoadAsync<Subscription>(id, ct) ?? throw new NotFoundException("Subscription", id.ToString());
                response.SetETag(subscription.Version);
                return Results.Ok(SubscriptionResponse.From(subscription));
            })
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("get-webhook-subscription").WithSummary("Get a webhook subscription")
            .WithDescription("The subscription (never its secret) and its `ETag`. A subscription of another centre, or of " +
                "the ministry for a centre's token (and the other way round), is 404.")
            .Produces<SubscriptionResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
