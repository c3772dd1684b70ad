using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class ListDistributionListsEndpoint : ICarterModule
{
    private const string Lists = "/api/v1/platforms/outreach/lists";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet(Lists, async (int? limit, string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var query = session.Query<DistributionList>().AsQueryable();
                if (page.After<Guid?>() is { } after) query = query.Where(l => l.Id > after);
                var rows = await query.OrderBy(l => l.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, l => (Guid?)l.Id, l => ListResponse.Of(l, l.Version), request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-distribution-lists").WithSummary("The centre's distribution lists")
            .WithDescription("In creation order, keyset-paged with `limit` and `cursor`.")
            .Produces<Page<ListResponse>>().ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
