using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Actors;

public sealed record UpdateActor(Guid ActorId, long ExpectedVersion, ActorInput Input);

public static class UpdateActorHandler
{
    public static async Task<ActorResponse> Handle(UpdateActor command, IDocumentSession session, CancellationToken ct)
    {
        var actor = await session.LoadForUpdateAsync<Actor>(command.ActorId, command.ExpectedVersion, "Actor", ct);
        await command.Input.EnsureIcoFreeAsync(session, actor.Id, ct);
        command.Input.ApplyTo(actor);
        return ActorResponse.From(actor, session.NextRevision(actor));
    }
}

public sealed class UpdateActorEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/platforms/actors/{id:guid}", (Guid id, ActorInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<ActorResponse>(new UpdateActor(id, request.ExpectedVersion(), input), response, ct))
            .Validate<ActorInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("update-actor")
            .WithSummary("Edit an actor (If-Match)")
            .WithDescription("Replaces the actor's fields (send back what GET gave, changed). `active: false` takes it out " +
                "of the network without losing its history. The IČO rules of registration apply.")
            .Produces<ActorResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(ProblemTypes.DuplicateActor)
            .RequiresIfMatch();
}
