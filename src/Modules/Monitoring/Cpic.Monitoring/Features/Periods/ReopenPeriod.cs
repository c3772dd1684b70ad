using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Monitoring.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Monitoring.Features.Periods;

/// <summary>The ministry reopens a closed month: its figures become live again, adjustments included.</summary>
public sealed record ReopenPeriod(string Centre, DateOnly Month, long ExpectedVersion);

public static class ReopenPeriodHandler
{
    /// <summary>Reopens the month; returns the period's new version.</summary>
    public static async Task<int> Handle(ReopenPeriod command, IDocumentSession session, CancellationToken ct)
    {
        var key = new ReportingMonth(command.Month).ToString();
        var id = ReportingPeriod.IdOf(command.Centre, key);
        var period = await session.LoadForUpdateAsync<ReportingPeriod>(id, command.ExpectedVersion, "Closed period", ct);
        if (!period.Closed)
        {
            throw new ConflictException($"{key} of centre {command.Centre} is not closed.");
        }

        period.Closed = false;
        return session.NextRevision(period);
    }
}

/// <summary>POST /api/v1/monitoring/periods/{centre}/{month}/reopen: the ministry applies the adjustments.</summary>
public sealed class ReopenPeriodEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/monitoring/periods/{centre}/{month}/reopen", Handle)
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithTags("Monitoring").WithName("reopen-monitoring-period")
            .WithSummary("Reopen a closed month (ministry coordinator, If-Match)")
            .WithDescription("The month's figures become live again, adjustments included; its snapshots stay. " +
                "Send the period's ETag in If-Match (428 without, 412 when stale). A month that is not closed is a 409.")
            .Produces<PeriodView>().ProducesETag().ProducesProblem(404).ProducesProblem(409).RequiresIfMatch()
            .ProducesValidationProblem(422);

    private static async Task<IResult> Handle(string centre, string month, HttpRequest request, HttpResponse response,
        IQuerySession session, IDocumentStore store, IMessageBus bus, CancellationToken ct)
    {
        var reportingMonth = ReportingMonth.Parse(month);
        var id = ReportingPeriod.IdOf(centre, reportingMonth.ToString());
        // 404 before 428: a period that does not exist has no version to match.
        _ = await session.LoadAsync<ReportingPeriod>(id, ct) ?? throw new NotFoundException("Closed period", id);
        response.SetETag(await bus.InvokeAsync<int>(new ReopenPeriod(centre, reportingMonth.First, request.ExpectedVersion()), ct));
        var period = await session.LoadAsync<ReportingPeriod>(id, ct);
        return Results.Ok(await PeriodAccess.View(session, store, period!, ct));
    }
}
