using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.FollowUp;

public sealed class ListProposalsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
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
