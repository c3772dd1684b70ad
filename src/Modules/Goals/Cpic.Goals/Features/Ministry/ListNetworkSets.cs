using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.Ministry;

/// <summary>Filters of the ministry's list; all optional.</summary>
/// <param name="Year" example="2026">Year of the sets.</param>
/// <param name="Region" example="CZ051">Region (CZ-NUTS) of the centre.</param>
/// <param name="Area" example="counselling">Sets with at least one goal of this area.</param>
/// <param name="Status" example="submitted">draft, submitted, returned or approved.</param>
/// <param name="Limit" example="50">Page size, 1–200.</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
internal sealed record NetworkSetFilter(int? Year, string? Region, string? Area, string? Status, int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<NetworkSetFilter>
    {
        public Validator()
        {
            RuleFor(f => f.Status).Must(s => s is null || GoalSetStatuses.All.Contains(s))
                .WithMessage("status is draft, submitted, returned or approved.");
            RuleFor(f => f.Area).Must(a => a is null || GoalCodes.IsArea(a)).WithMessage("area is not an area of the catalogue.");
        }
    }
}

public sealed class ListNetworkSetsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/network/sets", async ([AsParameters] NetworkSetFilter filter, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var after = page.After<string>() ?? "";
                var query = session.Query<GoalSet>().Where(s => s.AnyTenant());
                if (filter.Year is { } year) query = query.Where(s => s.Year == year);
                if (filter.Region is not null) query = query.Where(s => s.Region == filter.Region);
                if (filter.Status is not null) query = query.Where(s => s.Status == filter.Status);
                if (filter.Area is not null) query = query.Where(s => s.Goals.Any(g => g.Area == filter.Area));
                // Fourteen centres, one set a year: the matching sets are few, so the page is cut after reading them.
                var rows = await query.OrderBy(s => s.Centre).ThenByDescending(s => s.Year).ToListAsync(ct);
                return Results.Ok(page.ToPage(Keyed(rows, after, page.Limit), s => Key(s), GoalSetSummary.From, request));
            })
            .Validate<NetworkSetFilter>()
            .RequireAuthorization(Policies.Ministry)
            .WithTags("Goals").WithName("list-network-goal-sets")
            .WithSummary("Every centre's goal sets and their status (ministry roles)")
            .WithDescription("Filters `year`, `region`, `area`, `status`; ordered by centre, then newest year; keyset paging. " +
                "No personal data: no history, no goal texts (read a set with `GET /api/v1/goals/sets/{id}`).")
            .Produces<Page<GoalSetSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);

    private static string Key(GoalSet s) => $"{s.Centre}:{9999 - s.Year:D4}";

    private static List<GoalSet> Keyed(IEnumerable<GoalSet> rows, string after, int limit) =>
        [.. rows.Where(s => string.CompareOrdinal(Key(s), after) > 0).Take(limit + 1)];
}
