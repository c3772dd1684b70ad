using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Bodies;

public sealed class GetBodyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/bodies/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                CancellationToken ct) =>
            {
                var body = await session.LoadAsync<Body>(id, ct) ?? throw new NotFoundException("Body", id.ToString());
                response.SetETag(body.Version);
                return Results.Ok(BodyResponse.Of(body));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-body").WithSummary("Get a body with its members")
            .WithDescription("With its `ETag` (send it as `If-Match` to edit). A body of another centre is 404.")
            .Produces<BodyResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
