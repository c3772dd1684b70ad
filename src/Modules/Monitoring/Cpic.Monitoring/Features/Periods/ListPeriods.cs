using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Monitoring.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Features.Periods;

/// <summary>The slice's response records; nested here, their schema names stay Monitoring.ListPeriods.PeriodSummary...</summary>
internal static class ListPeriods
{
    internal sealed record PeriodSummary(string Month, string Status, IReadOnlyList<SnapshotTime> Snapshots);

    internal sealed record SnapshotTime(int Number, DateTimeOffset TakenAt, string TakenBy);
}

/// <summary>GET /api/v1/monitoring/periods/{centre}: the months of a centre that were ever closed, newest first.</summary>
public sealed class ListPeriodsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/periods/{centre}", Handle)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("list-monitoring-periods")
            .WithSummary("The closed (and reopened) months of a centre with their snapshots")
            .WithDescription("Every month of the centre that has been closed at least once, newest first: its status " +
                "(closed, or open after the ministry reopened it) and each snapshot's number, time and author. Months " +
                "never closed are not listed. Staff see their own centre only (403); unknown centre 404.")
            .Produces<IReadOnlyList<ListPeriods.PeriodSummary>>().ProducesProblem(403).ProducesProblem(404);

    private static async Task<IResult> Handle(string centre, ClaimsPrincipal user, IQuerySession session,
        CancellationToken ct)
    {
        await PeriodAccess.EnsureReachable(user, session, centre, ct);
        var periods = await session.Query<ReportingPeriod>().Where(p => p.Centre == centre).ToListAsync(ct);
        // Only the times are read, not the figures each snapshot holds.
        var snapshots = (await session.Query<PeriodSnapshot>().Where(s => s.Centre == centre)
                .Select(s => new { s.Month, s.Number, s.TakenAt, s.TakenBy }).ToListAsync(ct))
            .ToLookup(s => s.Month, s => new ListPeriods.SnapshotTime(s.Number, s.TakenAt, s.TakenBy));
        return Results.Ok(periods.OrderByDescending(p => p.Month, StringComparer.Ordinal)
            .Select(p => new ListPeriods.PeriodSummary(p.Month, p.Closed ? "closed" : "open", [.. snapshots[p.Month].OrderBy(s => s.Number)]))
            .ToList());
    }
}
