using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Retention;

public sealed class ListRetentionRunsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/clients/retention/runs", async ([Description("Page size, 1–200 (default 50).")] int? limit,
                [Description("nextCursor of the previous page.")] string? cursor,
                HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var centre = session.TenantId;
                var query = session.Query<RetentionRun>().Where(r => r.Centre == null || r.Centre == centre);
                if (page.After<Guid?>() is { } last) query = query.Where(r => r.Id < last);
                var rows = await query.OrderByDescending(r => r.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, r => (Guid?)r.Id, r => RetentionRunResponse.From(r, centre), request));
            })
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("retention-runs").WithSummary("Last runs of the retention policy (centre head)")
            .WithDescription("The daily runs and the caller's centre's own runs, newest first, each with the number of the " +
                "centre's records it anonymised. Keyset-paged.")
            .Produces<Page<RetentionRunResponse>>();
    }
}
