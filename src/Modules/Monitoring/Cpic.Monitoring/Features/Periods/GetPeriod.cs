using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Features.Periods;

/// <summary>GET /api/v1/monitoring/periods/{centre}/{month}: status, snapshots and adjustments of a month.</summary>
public sealed class GetPeriodEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/periods/{centre}/{month}", Handle)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("get-monitoring-period")
            .WithSummary("A reporting month of a centre: status, snapshots and adjustments")
            .WithDescription("`current` holds the live totals; `snapshots` every closing with its time and figures; " +
                "`adjustments` (closed months only) how the live figures differ from the last snapshot. A month never " +
                "closed is `open` with no snapshots. Staff see their own centre only (403). ETag for reopen's If-Match.")
            .Produces<PeriodView>().ProducesETag().ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

    private static async Task<IResult> Handle(string centre, string month, ClaimsPrincipal user, HttpResponse response,
        IQuerySession session, IDocumentStore store, CancellationToken ct)
    {
        var key = ReportingMonth.Parse(month).ToString();
        await PeriodAccess.EnsureReachable(user, session, centre, ct);
        var period = await session.LoadAsync<ReportingPeriod>(ReportingPeriod.IdOf(centre, key), ct)
            ?? new ReportingPeriod { Id = ReportingPeriod.IdOf(centre, key), Centre = centre, Month = key };
        response.SetETag(period.Version);
        return Results.Ok(await PeriodAccess.View(session, store, period, ct));
    }
}
