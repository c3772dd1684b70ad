using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Clients.Features.Retention;

/// <summary>The retention policy and its schedule.</summary>
/// <param name="RetentionYears" example="10">Years of inactivity after which a record is anonymised (Clients:RetentionYears).</param>
/// <param name="RunsDailyAt" example="02:30">Time of day (Prague) of the daily run (Clients:RetentionRunsAt).</param>
/// <param name="NextRunAt" example="2026-12-05T01:30:00Z">The next daily run; null when the schedule is off (Clients:RetentionScheduled).</param>
public sealed record RetentionPolicy(int RetentionYears, string RunsDailyAt, DateTimeOffset? NextRunAt);

public sealed class RetentionRunsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/clients/retention", (IOptions<ClientsOptions> options, TimeProvider clock) =>
                Results.Ok(new RetentionPolicy(options.Value.RetentionYears, options.Value.RetentionRunsAt.ToString("HH:mm"),
                    options.Value.NextRun(clock.GetUtcNow()))))
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("retention-policy").WithSummary("The retention policy and its schedule (centre head)")
            .WithDescription("How long records are kept after the client's last activity and when the policy runs next.")
            .Produces<RetentionPolicy>();

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

        app.MapPost("/api/v1/clients/retention/runs", async (HttpContext http, IMessageBus bus, IQuerySession session,
                TimeProvider clock, CancellationToken ct) =>
            {
                var run = await bus.InvokeAsync<RetentionRunResponse>(
                    new ApplyRetentionPolicy(clock.Today(), session.TenantId, http.User.UserId()), ct);
                return Results.Created((string?)null, run);
            })
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("run-retention").WithSummary("Run the retention policy now (centre head)")
            .WithDescription("Applies the retention policy to the caller's centre today, as the daily run would: every " +
                "record listed by GET /api/v1/clients/retention/due is anonymised (in a moment, by the same command " +
                "as POST .../anonymisation). Answers with the run and its count.")
            .Produces<RetentionRunResponse>(StatusCodes.Status201Created);
    }
}
