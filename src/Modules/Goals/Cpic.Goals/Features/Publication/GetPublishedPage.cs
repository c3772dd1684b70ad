using Carter;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Progress;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.Publication;

public sealed class GetPublishedPageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/public/{centre}/{year:int}/page", async (string centre, int year, HttpContext http,
                IQuerySession session, ProgressReader progress, TimeProvider clock, CancellationToken ct) =>
            {
                var goals = await PublishedGoals.LoadAsync(centre, year, session, progress, clock, ct);
                return goals.NotModified(http, "html") ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Content(GoalsHtml.Page(goals), "text/html; charset=utf-8");
            })
            .AllowAnonymous().RequireRateLimiting(PublishedGoals.RateLimit)
            .WithTags("Goals").WithName("get-published-goals-page")
            .WithSummary("A centre's published goals as a printable Czech HTML page (public, no token)")
            .WithDescription("For the centre's web site and notice boards: the centre's name, the year, each goal with its " +
                "responsible role, deadline and progress. Same rules as the JSON: rate-limited, `ETag`, 404 when nothing is published.")
            .Produces<string>(StatusCodes.Status200OK, "text/html").HonoursIfNoneMatch()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
