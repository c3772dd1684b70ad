using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.FieldVisits;

/// <summary>Field work of a period, as goals count it: visits, distinct places and people reached, per place type and per place.</summary>
internal sealed record FieldVisitSummary(DateOnly From, DateOnly To, int Visits, int Places, int PeopleReached,
    IReadOnlyList<PlaceTypeCount> ByPlaceType, IReadOnlyList<PlaceCount> ByPlace);

internal sealed record PlaceTypeCount(string PlaceType, int Visits, int Places, int PeopleReached);

/// <summary>One place (same name and town, ignoring case and spaces), named as on its first visit of the period.</summary>
internal sealed record PlaceCount(string PlaceType, string Name, string Town, int Visits, int PeopleReached);

public sealed class FieldVisitSummaryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/field-visits/summary", async (DateOnly from, DateOnly to, IQuerySession session,
                CancellationToken ct) =>
            {
                if (to < from || to.DayNumber - from.DayNumber > 366)
                {
                    throw new UnprocessableException("to", "The period runs from `from` to `to` and is at most a year long.");
                }

                // A year of one centre's visits is a few hundred small rows: counted here rather than in SQL.
                var visits = await session.Query<FieldVisit>().Where(v => v.Date >= from && v.Date <= to)
                    .OrderBy(v => v.SortKey)
                    .Select(v => new { v.Place.Type, v.Place.Name, v.Place.Town, v.PlaceKey, v.PeopleReached }).ToListAsync(ct);
                var byType = visits.GroupBy(v => v.Type).OrderBy(g => g.Key).Select(g => new PlaceTypeCount(g.Key, g.Count(),
                    g.Select(v => v.PlaceKey).Distinct().Count(), g.Sum(v => v.PeopleReached))).ToList();
                var byPlace = visits.GroupBy(v => (v.Type, v.PlaceKey)).Select(g => new PlaceCount(g.Key.Type, g.First().Name!,
                    g.First().Town!, g.Count(), g.Sum(v => v.PeopleReached))).OrderBy(p => p.PlaceType, StringComparer.Ordinal)
                    .ThenBy(p => p.Town, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
                return Results.Ok(new FieldVisitSummary(from, to, visits.Count, byType.Sum(t => t.Places),
                    visits.Sum(v => v.PeopleReached), byType, byPlace));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("field-visit-summary")
            .WithSummary("Count field visits by place type and place for a period")
            .WithDescription("For goals such as \"70 field activities\" or \"field work in 30 dormitories\": visits, " +
                "distinct places (same name and town, ignoring case and spaces) and people reached, in total, per place type " +
                "and per place (`byPlace`), between `from` and `to` (inclusive, at most a year).")
            .Produces<FieldVisitSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
