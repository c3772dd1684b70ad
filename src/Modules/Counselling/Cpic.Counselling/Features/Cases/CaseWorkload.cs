using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Cases;

/// <summary>Per worker: cases open and paused now, cases closed in the period, and how the closed ones ended.</summary>
internal sealed record WorkerWorkload(string Worker, int Open, int Paused, int Closed, IReadOnlyDictionary<string, int> ClosedByReason);

public sealed class CaseWorkloadEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/cases/workload", async (DateOnly? closedFrom, IQuerySession session, TimeProvider clock,
                CancellationToken ct) =>
            {
                var since = closedFrom ?? new DateOnly(clock.Today().Year, 1, 1);
                // Active cases and this period's closed ones: a few hundred per centre, so grouped here.
                var cases = await session.Query<CounsellingCase>()
                    .Where(c => c.Status != CaseStatuses.Closed || c.ClosedOn >= since).ToListAsync(ct);
                var rows = cases.SelectMany(c => c.Workers.Select(w => (Worker: w, Case: c))).GroupBy(x => x.Worker)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new WorkerWorkload(g.Key, g.Count(x => x.Case.Status == CaseStatuses.Open),
                        g.Count(x => x.Case.Status == CaseStatuses.Paused), g.Count(x => x.Case.Status == CaseStatuses.Closed),
                        g.Where(x => x.Case.CloseReason is not null).GroupBy(x => x.Case.CloseReason!)
                            .ToDictionary(r => r.Key, r => r.Count())))
                    .ToList();
                return Results.Ok(rows);
            })
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Counselling").WithName("case-workload")
            .WithSummary("Workload and outcomes of cases per worker (centre head)")
            .WithDescription("Open and paused cases now, and cases closed since `closedFrom` (default 1 January) with their " +
                "close reasons, per worker of the caller's centre.")
            .Produces<IReadOnlyList<WorkerWorkload>>().ProducesProblem(StatusCodes.Status403Forbidden);
}
