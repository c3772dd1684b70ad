using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Marten.Linq.MatchesSql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Meetings;

/// <summary>Filters of the meeting list.</summary>
/// <param name="BodyId">Meetings of this body.</param>
/// <param name="ActorId">Bilateral meetings with this actor.</param>
/// <param name="Status" example="planned">planned, held or cancelled.</param>
/// <param name="From" example="2026-01-01">On or after this day.</param>
/// <param name="To" example="2026-12-31">On or before this day.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
internal sealed record MeetingFilter(Guid? BodyId, Guid? ActorId, string? Status, DateOnly? From, DateOnly? To, int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<MeetingFilter>
    {
        public Validator() => RuleFor(f => f.Status).Must(MeetingStatuses.All.Contains!).When(f => f.Status is not null)
            .WithMessage("status is planned, held or cancelled.");
    }
}

public sealed class ListMeetingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/meetings", async ([AsParameters] MeetingFilter filter, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var query = session.Query<Meeting>().AsQueryable();
                if (filter.BodyId is { } body) query = query.Where(m => m.BodyId == body);
                if (filter.ActorId is { } actor) query = query.Where(m => m.ActorIds.Contains(actor));
                if (filter.Status is not null) query = query.Where(m => m.Status == filter.Status);
                if (filter.From is { } from) query = query.Where(m => m.Date >= from);
                if (filter.To is { } to) query = query.Where(m => m.Date <= to);
                if (page.After<string>() is { } after) query = query.Where(m => m.MatchesSql("d.data ->> 'sortKey' < ?", after));
                var rows = await query.OrderBySql("d.data ->> 'sortKey' desc").Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, m => m.SortKey, m => MeetingResponse.Of(m, m.Version), request));
            })
            .Validate<MeetingFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-meetings")
            .WithSummary("List the centre's meetings, latest first")
            .WithDescription("Filters: `bodyId`, `actorId` (bilateral meetings with the actor), `status`, `from`, `to`. " +
                "Keyset paging with `limit` and `cursor`.")
            .Produces<Page<MeetingResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
