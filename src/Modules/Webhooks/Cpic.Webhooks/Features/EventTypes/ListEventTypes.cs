using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Webhooks.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Webhooks.Features.EventTypes;

/// <summary>An event type of the catalogue.</summary>
/// <param name="Type" example="service.recorded">The code: the payload's <c>type</c>, named in subscriptions.</param>
/// <param name="Resource" example="service">What deliveries are ordered by: those of one resource arrive in order.</param>
/// <param name="Network">true when the ministry may subscribe to it for every centre; centre roles may subscribe to every type.</param>
/// <param name="Fields">The fields of the payload's <c>data</c>: ids, codes, dates and numbers only.</param>
/// <param name="Description">What happened.</param>
internal sealed record EventTypeResponse(string Type, string Resource, bool Network, IReadOnlyList<string> Fields, string Description);

public sealed class ListEventTypesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/webhooks/event-types", () =>
                Results.Ok(EventCatalogue.All.Select(t => new EventTypeResponse(t.Code, t.Resource, t.Network, t.Fields, t.Description)).ToList()))
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("list-webhook-event-types")
            .WithSummary("The catalogue of webhook event types")
            .WithDescription("Every event type a subscription may name, with the fields its payload's `data` carries (never " +
                "personal data: fetch the record with your own token) and whether the ministry may subscribe network-wide. " +
                "The body of each type is the schema `Webhooks.Event.<Type>` of the document's components (such as " +
                "`Webhooks.Event.ServiceRecorded`, `Webhooks.Event.ClientResidenceExpiring`); `Webhooks.Event` is their " +
                "oneOf told apart by `type`, for generating a receiver's types.")
            .Produces<List<EventTypeResponse>>();
}
