using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Bodies;

/// <summary>A body whose next meeting comes later than its cadence allows, or is not planned although it is due.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Name" example="Pracovní skupina pro vzdělávání">Its name.</param>
/// <param name="Kind" example="working-group">Its kind.</param>
/// <param name="LastMeetingOn" example="2026-05-14">Its last meeting held; null if none yet.</param>
/// <param name="NextMeetingOn">Its next planned meeting; null if none is planned.</param>
/// <param name="DueOn" example="2026-08-13">The last meeting (or the body's start) plus the longest gap its cadence allows.</param>
internal sealed record OverdueBody(Guid BodyId, string Name, string Kind, DateOnly? LastMeetingOn, DateOnly? NextMeetingOn, DateOnly DueOn);

public sealed class OverdueBodiesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/bodies/overdue", async (IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var today = clock.Today();
                var bodies = (await session.Query<Body>().ToListAsync(ct)).Where(b => b.ActiveOn(today)).ToList();
                var meetings = await session.Query<Meeting>().Where(m => m.BodyId != null && m.Status != MeetingStatuses.Cancelled)
                    .Select(m => new { m.BodyId, m.Date, m.Status }).ToListAsync(ct);
                var byBody = meetings.ToLookup(m => m.BodyId, m => new MeetingDay(m.Date, m.Status));
                return Results.Ok(bodies.Select(b => Check(b, byBody[b.Id].ToList(), today)).OfType<OverdueBody>()
                    .OrderBy(o => o.DueOn).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-overdue-bodies")
            .WithSummary("Bodies that are overdue for a meeting")
            .WithDescription("Active bodies of the centre whose next planned meeting is later than the last meeting held " +
                "(or the body's start) plus the longest gap its cadence allows (365 / meetingsPerYear days, or intervalDays), " +
                "or that have none planned although that day has passed. Most overdue first.")
            .Produces<IReadOnlyList<OverdueBody>>();

    private static OverdueBody? Check(Body body, List<MeetingDay> meetings, DateOnly today)
    {
        DateOnly? last = meetings.Where(m => m.Status == MeetingStatuses.Held).Select(m => (DateOnly?)m.Date).Max();
        DateOnly? next = meetings.Where(m => m.Status == MeetingStatuses.Planned).Select(m => (DateOnly?)m.Date).Min();
        var due = (last ?? body.From).AddDays(body.AllowedGapDays);
        var overdue = next is { } planned ? planned > due : due < today;
        return overdue ? new OverdueBody(body.Id, body.Name, body.Kind, last, next, due) : null;
    }

    private sealed record MeetingDay(DateOnly Date, string Status);
}
