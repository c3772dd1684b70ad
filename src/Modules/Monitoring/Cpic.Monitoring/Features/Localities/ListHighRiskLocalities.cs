using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Monitoring.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Cpic.Monitoring.Features.Localities.SituationSummaries;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>GET /api/v1/monitoring/situation/high-risk: the ministry's high-risk localities of a quarter.</summary>
public sealed class ListHighRiskLocalitiesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/situation/high-risk", HighRisk)
            .RequireAuthorization(Policies.Ministry)
            .WithTags("Monitoring").WithName("list-monitoring-high-risk-localities")
            .WithSummary("High-risk localities across regions (ministry)")
            .WithDescription("Localities whose latest observation in the quarter has a high tension risk, every region.")
            .Produces<IReadOnlyList<RiskyLocality>>().ProducesValidationProblem(422);

    private static async Task<IResult> HighRisk(string? quarter, IQuerySession session, CancellationToken ct)
    {
        _ = Parse(quarter);
        var localities = await session.Query<Locality>().Where(l => l.AnyTenant()).ToListAsync(ct);
        return Results.Ok(localities.Select(l => (Locality: l, Latest: Latest(l, quarter!)))
            .Where(x => x.Latest?.TensionRisk == "high").Select(x => Risky(x.Locality, x.Latest!))
            .OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList());
    }
}
