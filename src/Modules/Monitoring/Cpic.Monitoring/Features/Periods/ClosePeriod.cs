using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Contracts;
using Cpic.Monitoring.Domain;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Monitoring.Features.Periods;

/// <summary>The centre head freezes a past month of the centre: a snapshot of its figures.</summary>
public sealed record ClosePeriod(string Centre, DateOnly Month, string By);

public static class ClosePeriodHandler
{
    /// <summary>Closes the month; returns the period's new version and publishes <see cref="MonthClosed"/>.</summary>
    public static async Task<(int, OutgoingMessages)> Handle(ClosePeriod command, IDocumentSession session, IDocumentStore store, TimeProvider clock,
        CancellationToken ct)
    {
        var (centre, month) = (command.Centre, new ReportingMonth(command.Month));
        if (month.Last >= clock.Today())
        {
            throw new UnprocessableException("month", "Only a month that has ended can be closed.");
        }

        var key = month.ToString();
        var period = await session.LoadAsync<ReportingPeriod>(ReportingPeriod.IdOf(centre, key), ct);
        if (period?.Closed == true)
        {
            throw new ConflictException($"{key} of centre {centre} is already closed; the ministry can reopen it.");
        }

        var figures = await new StatisticsReader(store).Read(month.Filter(centre), ct);
        var closed = new ReportingPeriod
        {
            Id = ReportingPeriod.IdOf(centre, key), Centre = centre, Month = key, Closed = true,
            Snapshots = (period?.Snapshots ?? 0) + 1,
        };
        session.Insert(new PeriodSnapshot(PeriodSnapshot.IdOf(centre, key, closed.Snapshots), centre, key,
            closed.Snapshots, clock.GetUtcNow(), command.By, figures));
        // Insert or a revision check, so two heads closing at once end in one snapshot and a 409.
        if (period is null) session.Insert(closed); else session.UpdateRevision(closed, period.Version + 1);
        return (period is null ? 1 : period.Version + 1, [new MonthClosed(centre, key, closed.Snapshots)]);
    }
}

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
        IQuerySession session, IDocumentStore store, IMessageBus bus, CancellationToken ct)
    {
        var reportingMonth = ReportingMonth.Parse(month);
        var key = reportingMonth.ToString();
        await PeriodAccess.EnsureReachable(user, session, centre, ct);
        response.SetETag(await bus.InvokeAsync<int>(new ClosePeriod(centre, reportingMonth.First, user.UserId()), ct));
        var closed = await session.LoadAsync<ReportingPeriod>(ReportingPeriod.IdOf(centre, key), ct);
        return Results.Created($"/api/v1/monitoring/periods/{centre}/{key}", await PeriodAccess.View(session, store, closed!, ct));
    }
}
