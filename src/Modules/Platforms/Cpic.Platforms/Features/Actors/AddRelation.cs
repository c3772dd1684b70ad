using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Actors;

/// <summary>A relation from this actor to another actor of the centre.</summary>
/// <param name="Type" example="parent-body">parent-body (the other actor is this one's parent body), branch or partner.</param>
/// <param name="ActorId">The other actor, of the same centre.</param>
/// <param name="From" example="2024-01-01">Since when, if known.</param>
/// <param name="To">Until when, if it ended.</param>
public sealed record RelationInput(string Type, Guid ActorId, DateOnly? From, DateOnly? To) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<RelationInput>
    {
        public Validator()
        {
            RuleFor(x => x.Type).Code(PlatformCodes.RelationTypes, "type");
            RuleFor(x => x.ActorId).NotEmpty();
            RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
        }
    }
}

public sealed record AddRelation(Guid ActorId, long ExpectedVersion, RelationInput Input);

public static class AddRelationHandler
{
    public static async Task<ActorResponse> Handle(AddRelation command, IDocumentSession session, CancellationToken ct)
    {
        var actor = await session.LoadForUpdateAsync<Actor>(command.ActorId, command.ExpectedVersion, "Actor", ct);
        var input = command.Input;
        if (input.ActorId == actor.Id || await session.LoadAsync<Actor>(input.ActorId, ct) is null)
        {
            throw new UnprocessableException("actorId", $"Actor {input.ActorId} is not another actor of this centre.");
        }

        actor.Relations.Add(new ActorRelation(Guid.CreateVersion7(), input.Type, input.ActorId, input.From, input.To));
        return ActorResponse.From(actor, session.NextRevision(actor));
    }
}

public sealed class AddRelationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/actors/{id:guid}/relations", (Guid id, RelationInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.CreatedAsync<ActorResponse>(new AddRelation(id, request.ExpectedVersion(), input), response, _ => $"/api/v1/platforms/actors/{id}", ct))
            .Validate<RelationInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("add-actor-relation")
            .WithSummary("Relate an actor to another (parent body, branch, partner) (If-Match)")
            .WithDescription("Adds a dated relation, like a typed relationship in a CRM; the other actor must be another " +
                "actor of the caller's centre (422). Answers the actor with its relations.")
            .Produces<ActorResponse>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresIfMatch();
}
