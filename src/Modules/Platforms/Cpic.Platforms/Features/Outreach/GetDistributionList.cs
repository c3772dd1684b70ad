using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class GetDistributionListEndpoint : ICarterModule
{
    private const string Lists = "/api/v1/platforms/outreach/lists";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Lists}/{{id:guid}}", async (Guid id, HttpResponse response, IQuerySession session, CancellationToken ct) =>
            {
                var list = await session.LoadAsync<DistributionList>(id, ct) ?? throw new NotFoundException("Distribution list", id.ToString());
                response.SetETag(list.Version);
                return Results.Ok(ListResponse.Of(list, list.Version));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-distribution-list").WithSummary("Get a distribution list")
            .WithDescription("With its `ETag`. A list of another centre is 404.")
            .Produces<ListResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
