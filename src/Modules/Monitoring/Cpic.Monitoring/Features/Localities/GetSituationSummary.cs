using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring.Domain;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Cpic.Monitoring.Features.Localities.SituationSummaries;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>GET /api/v1/monitoring/situation/summary: the regional situation of a quarter, for platform meetings.</summary>
public sealed class GetSituationSummaryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/situation/summary", RegionSummary)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("get-monitoring-situation-summary")
            .WithSummary("Regional situation summary of a quarter")
            .WithDescription("Localities by kind, how many were observed in the quarter, tension risk levels (the " +
                "latest observation of each locality in the quarter), indicator totals (foreign workers, also by country, " +
                "foreign pupils, residents) and the high-risk localities with reason and preventive measures. " +
                "Staff get their centre's region (another region is a 403); ministry roles name the region.")
            .Produces<Summary>().ProducesProblem(403).ProducesValidationProblem(422);

    private static async Task<IResult> RegionSummary(string? region, string? quarter, ClaimsPrincipal user,
        IQuerySession session, CancellationToken ct)
    {
        _ = Parse(quarter);
        var scope = await CallerScope.Resolve(user, session, null, null, region, ct);
        var own = scope.Centre is null ? null : await session.FindCentreAsync(scope.Centre, ct);
        var code = region ?? own?.Region ?? throw new UnprocessableException("region", "Name the region (CZ-NUTS code).");
        var localities = await session.Query<Locality>().Where(l => l.AnyTenant() && l.Region == code).ToListAsync(ct);
        var latest = localities.Select(l => (Locality: l, Latest: Latest(l, quarter!))).ToList();
        var observed = latest.Where(x => x.Latest is not null).ToList();
        return Results.Ok(new Summary(code, quarter!.ToUpperInvariant(), localities.Count,
            localities.GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count()), observed.Count,
            RecordObservation.RiskLevels.ToDictionary(r => r, r => observed.Count(x => x.Latest!.TensionRisk == r)),
            observed.Sum(x => (long)(x.Latest!.Indicators.ForeignWorkers ?? 0)),
            observed.SelectMany(x => x.Latest!.Indicators.WorkersByCountry ?? new Dictionary<string, int>())
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => (long)p.Value)),
            observed.Sum(x => (long)(x.Latest!.Indicators.ForeignPupils ?? 0)), observed.Sum(x => (long)(x.Latest!.Indicators.Residents ?? 0)),
            [.. observed.Where(x => x.Latest!.TensionRisk == "high").Select(x => Risky(x.Locality, x.Latest!))]));
    }
}
