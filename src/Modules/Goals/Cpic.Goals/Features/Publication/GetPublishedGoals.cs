using Carter;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Progress;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.Publication;

public sealed class GetPublishedGoalsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/public/{centre}/{year:int}", async (string centre, int year, HttpContext http,
                IQuerySession session, ProgressReader progress, TimeProvider clock, CancellationToken ct) =>
            {
                var goals = await PublishedGoals.LoadAsync(centre, year, session, progress, clock, ct);
                return goals.NotModified(http, "json") ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Ok(goals);
            })
            .AllowAnonymous().RequireRateLimiting(PublishedGoals.RateLimit)
            .WithTags("Goals").WithName("get-published-goals")
            .WithSummary("A centre's published goals of a year with progress (public, no token)")
            .WithDescription("The approved version the centre published, without internal notes or history, with progress " +
                "as of today. Rate-limited per client address (429); `ETag` and `If-None-Match` (304), cacheable for 5 " +
                "minutes. Nothing published: 404. The printable Czech page is `/page`.")
            .Produces<PublishedGoals>().HonoursIfNoneMatch()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
