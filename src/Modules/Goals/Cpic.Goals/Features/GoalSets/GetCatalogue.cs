using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Goals.Domain;
using Cpic.Monitoring.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>An area of goals with its Czech label.</summary>
internal sealed record GoalArea(string Code, string Cs);

/// <summary>What a goal may name: its areas and the metrics of Monitoring's catalogue with their filters.</summary>
internal sealed record GoalCatalogue(IReadOnlyList<GoalArea> Areas, IReadOnlyList<MetricDefinition> Metrics);

public sealed class GetCatalogueEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/catalogue", (IMonitoringMetrics metrics) =>
                Results.Ok(new GoalCatalogue([.. GoalCodes.Areas.Select(a => new GoalArea(a.Code, a.Cs))], metrics.Catalogue)))
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Goals").WithName("get-goals-catalogue")
            .WithSummary("Areas of goals and the metrics key results may be bound to")
            .WithDescription("Each metric with its definition (docs/statistics.md) and the filters it takes; a metric key " +
                "result takes at most two filters (one for course metrics), with codes of the reference lists.")
            .Produces<GoalCatalogue>();
}
