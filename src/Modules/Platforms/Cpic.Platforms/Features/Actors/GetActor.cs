using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Actors;

public sealed class GetActorEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/actors/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                CancellationToken ct) =>
            {
                var actor = await session.LoadAsync<Actor>(id, ct) ?? throw new NotFoundException("Actor", id.ToString());
                response.SetETag(actor.Version);
                return Results.Ok(ActorResponse.From(actor));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-actor").WithSummary("Get an actor")
            .WithDescription("The actor with its relations and its `ETag` (send it as `If-Match` to edit it). An actor of " +
                "another centre is 404.")
            .Produces<ActorResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
