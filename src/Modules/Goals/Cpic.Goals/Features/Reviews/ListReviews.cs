using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.Reviews;

public sealed class ListReviewsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/sets/{id:guid}/reviews", async (Guid id, int? limit, string? cursor, ClaimsPrincipal user,
                HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                var set = await session.FindAsync(user, id, ct);
                var page = PageRequest.From(limit, cursor);
                var after = page.After<string>() ?? "";
                // A year holds at most twelve reviews: all are read, so each can be compared with the one before it.
                var reviews = await session.Query<Review>().Where(r => r.AnyTenant() && r.SetId == set.Id).OrderBy(r => r.Month).ToListAsync(ct);
                var compared = reviews.Select((r, i) => (r.Month, Response: ReviewResponse.From(r, i == 0 ? null : reviews[i - 1])))
                    .Where(r => string.CompareOrdinal(r.Month, after) > 0).Take(page.Limit + 1).ToList();
                return Results.Ok(page.ToPage(compared, r => r.Month, r => r.Response, request));
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Goals").WithName("list-reviews")
            .WithSummary("List a set's monthly reviews, month by month, with the change of each key result since the previous one")
            .WithDescription("Keyset paging with `limit` and `cursor`. Another centre's set is 404.")
            .Produces<Page<ReviewResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
}
