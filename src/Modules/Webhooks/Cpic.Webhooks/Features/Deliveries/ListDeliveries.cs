using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Webhooks.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Webhooks.Features.Deliveries;

/// <summary>Filters of a subscription's deliveries; all given ones must match.</summary>
/// <param name="Status" example="failed">pending, delivered or failed.</param>
/// <param name="EventType" example="service.recorded">An event type.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
internal sealed record DeliveryFilter(string? Status, string? EventType, int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<DeliveryFilter>
    {
        public Validator() => RuleFor(f => f.Status).Must(s => s is null || DeliveryStatuses.All.Contains(s))
            .WithMessage("status is pending, delivered or failed.");
    }
}

public sealed class ListDeliveriesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/webhooks/subscriptions/{id:guid}/deliveries", async (Guid id, [AsParameters] DeliveryFilter filter,
                HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                _ = await session.LoadAsync<Subscription>(id, ct) ?? throw new NotFoundException("Subscription", id.ToString());
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var query = session.Query<WebhookDelivery>().Where(d => d.SubscriptionId == id);
                if (filter.Status is { } status) query = query.Where(d => d.Status == status);
                if (filter.EventType is { } type) query = query.Where(d => d.EventType == type);
                if (page.After<Guid?>() is { } after) query = query.Where(d => d.Id > after);
                var rows = await query.OrderBy(d => d.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, d => (Guid?)d.Id, DeliveryResponse.From, request));
            })
            .Validate<DeliveryFilter>()
            .RequireAuthorization(Policies.WebhookOwner)
            .WithTags("Webhooks").WithName("list-webhook-deliveries")
            .WithSummary("List a subscription's deliveries with their attempts")
            .WithDescription("Oldest first, keyset-paged; each with its payload, status and every attempt (HTTP status, " +
                "latency, the first 1,000 characters of the answer, or the error). `status` and `eventType` filter. A " +
                "subscription of another centre is 404.")
            .Produces<Page<DeliveryResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
