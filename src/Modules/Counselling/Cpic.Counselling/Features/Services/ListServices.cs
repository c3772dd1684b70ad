using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;

namespace Cpic.Counselling.Features.Services;

/// <summary>Filters of the service list; all optional and combined with AND.</summary>
internal sealed record ServiceFilter(
    Guid? ClientId, string? Worker, DateOnly? From, DateOnly? To, string? ServiceType, string? Form, string? Workplace,
    string? PlaceType, string? Town, string? Topic, bool? IncludeCancelled, int? Limit, string? Cursor)
{
    public IQueryable<ServiceRecord> Apply(IQueryable<ServiceRecord> query)
    {
        if (IncludeCancelled != true) query = query.Where(s => s.Action != ServiceActions.Cancelled);
        if (ClientId is { } client) query = query.Where(s => s.Details.ClientIds.Contains(client));
        if (Worker is not null) query = query.Where(s => s.Details.Workers.Contains(Worker));
        if (From is { } from) query = query.Where(s => s.Details.Date >= from);
        if (To is { } to) query = query.Where(s => s.Details.Date <= to);
        if (ServiceType is not null) query = query.Where(s => s.Details.ServiceType == ServiceType);
        if (Form is not null) query = query.Where(s => s.Details.Form == Form);
        if (Workplace is not null) query = query.Where(s => s.Details.Workplace == Workplace);
        if (PlaceType is not null) query = query.Where(s => s.Details.Place.Type == PlaceType);
        // Ignoring case, as the field-visit summary groups towns.
        if (Town?.ToLowerInvariant() is { } town) query = query.Where(s => s.Details.Place.Town!.ToLower() == town);
        if (Topic is not null) query = query.Where(s => s.Details.Topics.Contains(Topic));
        return query;
    }

    internal sealed class Validator : AbstractValidator<ServiceFilter>
    {
        public Validator()
        {
            RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null)
                .WithMessage("to must not be before from.");
            RuleFor(f => f.ServiceType).Must(CodeLists.ServiceTypes.Contains).When(f => f.ServiceType is not null)
                .WithMessage("serviceType is a code from /api/v1/reference/service-types.");
            RuleFor(f => f.Form).Must(CodeLists.ServiceForms.Contains).When(f => f.Form is not null)
                .WithMessage("form is a code from /api/v1/reference/service-forms.");
            RuleFor(f => f.PlaceType).Must(PlaceTypes.All.Contains!).When(f => f.PlaceType is not null)
                .WithMessage($"placeType is one of: {string.Join(", ", PlaceTypes.All)}.");
            RuleFor(f => f.Topic).Must(CodeLists.CounsellingTopics.Contains).When(f => f.Topic is not null)
                .WithMessage("topic is a code from /api/v1/reference/counselling-topics.");
        }
    }
}

public sealed class ListServicesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/services", async ([AsParameters] ServiceFilter filter, ClaimsPrincipal user,
                HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                if (filter.Workplace is not null)
                {
                    await session.WorkplaceOfCentreAsync(filter.Workplace, ct);
                }

                var query = filter.Apply(session.Query<ServiceRecord>());
                var result = await query.PageAsync(page, s => ServiceResponse.From(s, user), request, ct);
                await request.HttpContext.RecordClientsAsync(result.Items.SelectMany(s => s.ClientIds), "counselling.services", ct);
                return Results.Ok(result);
            })
            .Validate<ServiceFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("list-services")
            .WithSummary("List and filter the centre's service records, newest first")
            .WithDescription("Filters: `clientId`, `worker`, `from`/`to` (dates, inclusive), `serviceType`, `form`, " +
                "`workplace` (of the caller's centre), `placeType`, `town` (ignoring case), `topic`; cancelled records only " +
                "with `includeCancelled=true`; an unknown code is 422. " +
                "Keyset paging with `limit` (1–200) and `cursor` (the `nextCursor` of the previous page).")
            .Produces<Page<ServiceResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
