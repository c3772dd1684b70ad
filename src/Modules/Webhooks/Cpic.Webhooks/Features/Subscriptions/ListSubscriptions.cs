using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Webhooks.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Webhooks.Features.Subscriptions;

/// <summary>Filters of the subscription list; all given ones must match.</summary>
/// <param name="EventType" example="service.recorded">Subscriptions that receive this event type.</param>
/// <param name="Enabled" example="false">Only enabled (true) or paused and disabled (false) subscriptions.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
internal sealed record SubscriptionFilter(string? EventType, bool? Enabled, int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<SubscriptionFilter>
    {
        public Validator() => RuleFor(f => f.EventType).Must(t => t is null || EventCatalogue.Find(t) is not null)
            .WithMessage("'{PropertyValue}' is not an event type of GET /api/v1/webhooks/event-types.");
    }
}

public sealed class ListSubscriptionsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/webhooks/subscriptions", async ([AsParameters] SubscriptionFilter filter, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var query = session.Query<Subscription>().AsQueryable();
                if (filter.EventType is { } type) query = query.Where(s => s.EventTypes.Contains(type));
                if (filter.Enabled is { } enabled) query = query.Where(s => s.Enabled == enabled);
                if (page.After<Guid?>() is { } after) query = query.Where(s => s.Id > after);
                var rows = await query.OrderBy(s => s.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, s => (Guid?)s.Id, s => SubscriptionResponse.From(s), request));
            })
            .Validate<SubscriptionFilter>()
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("list-webhook-subscriptions")
            .WithSummary("List the caller's webhook subscriptions")
            .WithDescription("The subscriptions of the caller's centre (the ministry's own for a ministry role) in creation " +
                "order, keyset-paged; `eventType` and `enabled` filter. Secrets are never listed.")
            .Produces<Page<SubscriptionResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
