using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Monitoring.Network;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Features.Network;

public sealed class GetNetworkFiguresEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/network", async (string? from, string? to, string? centre, string? region,
                ClaimsPrincipal user, IQuerySession session, CancellationToken ct) =>
            {
                var (start, end) = StatisticsQuery.Period(from, to);
                var scope = await CallerScope.Resolve(user, session, centre, null, region, ct);
                return Results.Ok(await new NetworkReader(session, start, end, scope.Centre, scope.Region).ReadAsync(ct));
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("get-network-figures")
            .WithSummary("Figures of the centres' networks: meetings, actors, new actors, proposals, evaluation scores")
            .WithDescription("From the Platforms module's events, for a period (`from`, `to`, yyyy-MM-dd) and scope " +
                "(`centre`, `region`; staff see their own centre only, 403 otherwise). Counts organisations by type, never " +
                "people. Definitions in docs/statistics.md (\"Network figures\"): meetings held by body kind (organised by " +
                "the centre or attended), bilateral meetings by actor type, actors and new actors by type, proposals and outcomes, " +
                "and the bodies' yearly evaluations closed in the period (response rate, mean scores and their distribution).")
            .Produces<NetworkFigures>().ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
}
