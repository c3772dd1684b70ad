using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Actors;

/// <summary>Filters of the actor list; all given ones must match.</summary>
/// <param name="Name" example="krajsky urad">Any part of the name, ignoring case and diacritics.</param>
/// <param name="Type" example="labour-office">An actor type code.</param>
/// <param name="Town" example="Liberec">The town, ignoring case and diacritics.</param>
/// <param name="Theme" example="education-system">A theme of expertise.</param>
/// <param name="Active" example="true">Only active (true) or inactive (false) actors.</param>
/// <param name="NewFrom" example="2026-01-01">New actors: first participation on or after this day.</param>
/// <param name="NewTo" example="2026-12-31">New actors: first participation on or before this day.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
internal sealed record ActorFilter(string? Name, string? Type, string? Town, string? Theme, bool? Active, DateOnly? NewFrom,
    DateOnly? NewTo, int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<ActorFilter>
    {
        public Validator()
        {
            RuleFor(f => f.Name).MaximumLength(300);
            RuleFor(f => f.Type).Code(PlatformCodes.ActorTypes, "type").When(f => f.Type is not null);
            RuleFor(f => f.Theme).Code(PlatformCodes.Themes, "theme").When(f => f.Theme is not null);
            RuleFor(f => f.NewTo).GreaterThanOrEqualTo(f => f.NewFrom).When(f => f.NewFrom is not null && f.NewTo is not null);
        }
    }
}

public sealed class SearchActorsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/actors", async ([AsParameters] ActorFilter filter, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var query = session.Query<Actor>().AsQueryable();
                var name = SearchText.Of(filter.Name);
                if (name.Length > 0) query = query.Where(a => a.SearchName.Contains(name));
                var town = SearchText.Of(filter.Town);
                if (town.Length > 0) query = query.Where(a => a.SearchTown == town);
                if (filter.Type is not null) query = query.Where(a => a.Type == filter.Type);
                if (filter.Theme is not null) query = query.Where(a => a.Themes.Contains(filter.Theme));
                if (filter.Active is { } active) query = query.Where(a => a.Active == active);
                if (filter.NewFrom is { } from) query = query.Where(a => a.FirstParticipationOn >= from);
                if (filter.NewTo is { } to) query = query.Where(a => a.FirstParticipationOn <= to);
                if (page.After<Guid?>() is { } after) query = query.Where(a => a.Id > after);
                var rows = await query.OrderBy(a => a.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, a => (Guid?)a.Id, ActorResponse.From, request));
            })
            .Validate<ActorFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("search-actors")
            .WithSummary("Search the centre's actors")
            .WithDescription("Actors of the caller's centre in registration order, keyset-paged. `name` matches any part " +
                "of the name and `town` the whole town, both ignoring case and diacritics (`urad prace` finds Úřad práce); " +
                "`type`, `theme`, `active`; `newFrom`/`newTo` list the actors whose first participation (a meeting " +
                "attended, a seat in a body) falls in the period: the new actors of that period.")
            .Produces<Page<ActorResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
