using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.FollowUp;

public sealed class ListActionItemsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/action-items", async ([AsParameters] FollowUpFilter f, HttpRequest request,
                IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var page = PageRequest.From(f.Limit, f.Cursor);
                var query = session.Query<ActionItem>().AsQueryable();
                if (f.Status is not null) query = query.Where(i => i.Status == f.Status);
                if (f.BodyId is { } body) query = query.Where(i => i.BodyId == body);
                if (f.MeetingId is { } meeting) query = query.Where(i => i.MeetingId == meeting);
                if (f.ActorId is { } actor) query = query.Where(i => i.OwnerActorId == actor);
                if (f.OwnerStaff is not null) query = query.Where(i => i.OwnerStaff == f.OwnerStaff);
                var today = clock.Today();
                if (f.Overdue == true) query = query.Where(i => i.Status == ActionStatuses.Open && i.DueOn < today);
                if (page.After<Guid?>() is { } after) query = query.Where(i => i.Id > after);
                var rows = await query.OrderBy(i => i.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, i => (Guid?)i.Id, i => ActionItemResponse.Of(i, i.Version, today), request));
            })
            .Validate<FollowUpFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-action-items")
            .WithSummary("List action items: open items by owner or body, overdue items")
            .WithDescription("Filters: `status`, `bodyId`, `meetingId`, `actorId` (owner), `ownerStaff`, `overdue=true` " +
                "(open after the due date). Keyset paging with `limit` and `cursor`.")
            .Produces<Page<ActionItemResponse>>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
