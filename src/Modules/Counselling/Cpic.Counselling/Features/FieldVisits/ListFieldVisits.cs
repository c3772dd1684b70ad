using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.FieldVisits;

internal sealed record FieldVisitResponse(
    Guid Id, DateOnly Date, string Workplace, Place Place, IReadOnlyList<string> Workers, int PeopleReached,
    IReadOnlyList<string> Topics, int Minutes, IReadOnlyList<string> FollowUps, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static FieldVisitResponse From(FieldVisit v) => new(v.Id, v.Date, v.Workplace, v.Place, v.Workers,
        v.PeopleReached, v.Topics, v.Minutes, v.FollowUps, v.RecordedAt, v.RecordedBy);
}

internal sealed record FieldVisitFilter(DateOnly? From, DateOnly? To, string? PlaceType, string? Town, string? Workplace,
    int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<FieldVisitFilter>
    {
        public Validator()
        {
            RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null)
                .WithMessage("to must not be before from.");
            RuleFor(f => f.PlaceType).Must(PlaceTypes.Field.Contains!).When(f => f.PlaceType is not null)
                .WithMessage($"placeType is one of: {string.Join(", ", PlaceTypes.Field)}.");
        }
    }
}

public sealed class ListFieldVisitsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/field-visits", async ([AsParameters] FieldVisitFilter filter, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                if (filter.Workplace is not null)
                {
                    await session.WorkplaceOfCentreAsync(filter.Workplace, ct);
                }

                var query = session.Query<FieldVisit>().AsQueryable();
                if (filter.From is { } from) query = query.Where(v => v.Date >= from);
                if (filter.To is { } to) query = query.Where(v => v.Date <= to);
                if (filter.PlaceType is not null) query = query.Where(v => v.Place.Type == filter.PlaceType);
                // Ignoring case, as the summary groups towns.
                if (filter.Town?.ToLowerInvariant() is { } town) query = query.Where(v => v.Place.Town!.ToLower() == town);
                if (filter.Workplace is not null) query = query.Where(v => v.Workplace == filter.Workplace);
                return Results.Ok(await query.PageAsync(page, FieldVisitResponse.From, request, ct));
            })
            .Validate<FieldVisitFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("list-field-visits")
            .WithSummary("List the centre's field visits, newest first")
            .WithDescription("Filters: `from`/`to` (inclusive), `placeType`, `town` (ignoring case), `workplace` (of the caller's " +
                "centre; an unknown code is 422). Keyset paging with `limit` and `cursor`.")
            .Produces<Page<FieldVisitResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
