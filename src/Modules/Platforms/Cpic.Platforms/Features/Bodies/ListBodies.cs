using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Bodies;

/// <summary>Filters of the body list.</summary>
/// <param name="Kind" example="working-group">A body kind code.</param>
/// <param name="Theme" example="education-system">A theme code.</param>
/// <param name="ActorId">Bodies this actor has (had) a seat in.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
internal sealed record BodyFilter(string? Kind, string? Theme, Guid? ActorId, int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<BodyFilter>
    {
        public Validator()
        {
            RuleFor(f => f.Kind).Code(PlatformCodes.BodyKinds, "kind").When(f => f.Kind is not null);
            RuleFor(f => f.Theme).Code(PlatformCodes.Themes, "theme").When(f => f.Theme is not null);
        }
    }
}

public sealed class ListBodiesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/bodies", async ([AsParameters] BodyFilter filter, HttpRequest request, IQuerySession session,
                CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var query = session.Query<Body>().AsQueryable();
                if (filter.Kind is not null) query = query.Where(b => b.Kind == filter.Kind);
                if (filter.Theme is not null) query = query.Where(b => b.Themes.Contains(filter.Theme));
                if (filter.ActorId is { } actor) query = query.Where(b => b.Members.Any(m => m.ActorId == actor));
                if (page.After<Guid?>() is { } after) query = query.Where(b => b.Id > after);
                var rows = await query.OrderBy(b => b.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, b => (Guid?)b.Id, b => BodyResponse.Of(b), request));
            })
            .Validate<BodyFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-bodies")
            .WithSummary("List the centre's platforms, working groups and commissions")
            .WithDescription("Filters: `kind`, `theme`, `actorId` (bodies the actor sits in). Keyset paging with `limit` and `cursor`.")
            .Produces<Page<BodyResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
