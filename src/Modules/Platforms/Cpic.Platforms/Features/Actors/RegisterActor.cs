using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Contracts;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Actors;

public sealed record RegisterActor(ActorInput Input);

public static class RegisterActorHandler
{
    public static async Task<(ActorResponse, OutgoingMessages)> Handle(RegisterActor command, IDocumentSession session,
        CancellationToken ct)
    {
        var input = command.Input;
        await input.EnsureIcoFreeAsync(session, Guid.Empty, ct);
        var duplicates = await Duplicates.FindAsync(session, input.Name, null, null, ct);
        var actor = new Actor { Id = Guid.CreateVersion7(), Version = 1 };
        input.ApplyTo(actor);
        session.Insert(actor);
        return (ActorResponse.From(actor) with { PossibleDuplicates = duplicates },
            [new ActorJoined(actor.Id, session.TenantId, actor.Type, actor.Region, actor.JoinedOn)]);
    }
}

public sealed class RegisterActorEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/actors", (ActorInput input, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
                bus.CreatedAsync<ActorResponse>(new RegisterActor(input), response, a => $"/api/v1/platforms/actors/{a.Id}", ct))
            .Validate<ActorInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("register-actor")
            .WithSummary("Register an actor (partner organisation) of the centre's network")
            .WithDescription("An IČO must have a valid check digit (422) and be unique within the centre (409 naming the " +
                "actor that has it). The answer lists actors with a similar name in `possibleDuplicates` (a warning: the " +
                "actor is registered). Publishes `ActorJoined` (type and region only).")
            .Produces<ActorResponse>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(ProblemTypes.DuplicateActor);
}
