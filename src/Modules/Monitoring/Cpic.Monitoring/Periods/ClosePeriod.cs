using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Periods;

/// <summary>POST /api/v1/monitoring/periods/{centre}/{month}/close: the centre head freezes a past month.</summary>
public sealed class ClosePeriodEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/monitoring/periods/{centre}/{month}/close", Handle)
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Monitoring").WithName("close-monitoring-period")
            .WithSummary("Close a reporting month (centre head of that centre)")
            .WithDescription("Freezes the month's figures as an immutable snapshot (statistics definitions as in " +
                "get-monitoring-statistics, for the centre and the calendar month). Only a month that has ended can be " +
                "closed (422); closing a closed month is a 409 until the ministry reopens it. Later corrections to the " +
                "month show as adjustments on get-monitoring-period.")
            .Produces<PeriodView>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesValidationProblem(422);

    private static async Task<IResult> Handle(string centre, string month, ClaimsPrincipal user, HttpResponse response,
        IDocumentSession session, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var reportingMonth = ReportingMonth.Parse(month);
        await PeriodAccess.EnsureReachable(user, session, centre, ct);
        if (reportingMonth.Last >= clock.Today())
        {
            throw new UnprocessableException("month", "Only a month that has ended can be closed.");
        }

        var key = reportingMonth.ToString();
        var period = await session.LoadAsync<ReportingPeriod>(ReportingPeriod.IdOf(centre, key), ct);
        if (period?.Closed == true)
        {
            throw new ConflictException($"{key} of centre {centre} is already closed; the ministry can reopen it.");
        }

        var figures = await new StatisticsReader(store).Read(reportingMonth.Filter(centre), ct);
        var closed = new ReportingPeriod
        {
            Id = ReportingPeriod.IdOf(centre, key), Centre = centre, Month = key, Closed = true,
            Snapshots = (period?.Snapshots ?? 0) + 1,
        };
        session.Insert(new PeriodSnapshot(PeriodSnapshot.IdOf(centre, key, closed.Snapshots), centre, key,
            closed.Snapshots, clock.GetUtcNow(), user.UserId(), figures));
        // Insert or a revision check, so two heads closing at once end in one snapshot and a 409.
        if (period is null) session.Insert(closed); else session.UpdateRevision(closed, period.Version + 1);
        await session.SaveChangesAsync(ct);
        var view = await PeriodAccess.View(session, store, closed, ct);
        response.SetETag(period is null ? 1 : period.Version + 1);
        return Results.Created($"/api/v1/monitoring/periods/{centre}/{key}", view);
    }
}
