using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Periods;

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
        IDocumentSession session, IDocumentStore store, CancellationToken ct)
    {
        var key = ReportingMonth.Parse(month).ToString();
        var period = await session.LoadAsync<ReportingPeriod>(ReportingPeriod.IdOf(centre, key), ct)
            ?? throw new NotFoundException("Closed period", ReportingPeriod.IdOf(centre, key));
        request.EnsureMatches(period.Version);
        if (!period.Closed)
        {
            throw new ConflictException($"{key} of centre {centre} is not closed.");
        }

        period.Closed = false;
        session.NextRevision(period);
        await session.SaveChangesAsync(ct);
        response.SetETag(period.Version + 1);
        return Results.Ok(await PeriodAccess.View(session, store, period, ct));
    }
}
