using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.FollowUp;

/// <summary>Filters of the proposal and action item lists.</summary>
/// <param name="Status" example="open">A status of the listed kind (action items: open, done, cancelled).</param>
/// <param name="BodyId">Raised or agreed at meetings of this body.</param>
/// <param name="MeetingId">Raised or agreed at this meeting.</param>
/// <param name="ActorId">Action items: owned by this actor; proposals: addressed to it.</param>
/// <param name="OwnerStaff" example="jnovak">Action items owned by this member of staff.</param>
/// <param name="Overdue" example="true">Action items: only those open after their due date.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
public sealed record FollowUpFilter(string? Status, Guid? BodyId, Guid? MeetingId, Guid? ActorId, string? OwnerStaff, bool? Overdue,
    int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<FollowUpFilter>
    {
        public Validator() => RuleFor(f => f.Status).Must(s => ProposalStatuses.All.Contains(s!) || ActionStatuses.All.Contains(s!))
            .When(f => f.Status is not null).WithMessage("status is a proposal or action item status.");
    }
}

public sealed class ListFollowUpEndpoints : ICarterModule
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

        app.MapGet("/api/v1/platforms/proposals", async ([AsParameters] FollowUpFilter f, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(f.Limit, f.Cursor);
                var query = session.Query<Proposal>().AsQueryable();
                if (f.Status is not null) query = query.Where(p => p.Status == f.Status);
                if (f.BodyId is { } body) query = query.Where(p => p.BodyId == body);
                if (f.MeetingId is { } meeting) query = query.Where(p => p.MeetingId == meeting);
                if (f.ActorId is { } actor) query = query.Where(p => p.AddressedTo == actor);
                if (page.After<Guid?>() is { } after) query = query.Where(p => p.Id > after);
                var rows = await query.OrderBy(p => p.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, p => (Guid?)p.Id, p => ProposalResponse.Of(p, p.Version), request));
            })
            .Validate<FollowUpFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-proposals")
            .WithSummary("List proposals for measures")
            .WithDescription("Filters: `status`, `bodyId`, `meetingId`, `actorId` (addressed to). Keyset paging.")
            .Produces<Page<ProposalResponse>>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
