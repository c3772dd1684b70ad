using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Evaluations;

public sealed record ReissueInvitation(Guid RoundId, Guid ActorId);

public static class ReissueInvitationHandler
{
    /// <summary>Revokes the actor's link(s) of the round and issues a new one; its answer so far stays.</summary>
    public static async Task<ResponseLink> Handle(ReissueInvitation command, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var round = await session.LoadAsync<EvaluationRound>(command.RoundId, ct)
            ?? throw new NotFoundException("Evaluation round", command.RoundId.ToString());
        var invitee = round.Invitees.FirstOrDefault(i => i.ActorId == command.ActorId)
            ?? throw new NotFoundException("Invited actor", command.ActorId.ToString());
        if (round.Closed) throw new ConflictException("The evaluation round is closed: no new links.");
        session.DeleteWhere<EvaluationToken>(t => t.InviteeId == invitee.Id);
        return ResponseLink.Issue(session, round, invitee, clock.GetUtcNow());
    }
}

public sealed class ReissueInvitationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/evaluations/{id:guid}/invitations/{actorId:guid}", async (Guid id, Guid actorId,
                IMessageBus bus, CancellationToken ct) => Results.Ok(await bus.InvokeAsync<ResponseLink>(new ReissueInvitation(id, actorId), ct)))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("reissue-evaluation-link")
            .WithSummary("Give an invited actor a new response link, revoking the old one")
            .WithDescription("For a lost, leaked or expired link: the old token stops working at once (404), the new one " +
                "works as many days from now as the round's links do, the answer given " +
                "through it stays and the new link can replace it. The token is shown only in this answer. Not for a " +
                "closed round (409); an actor not invited to the round, or another centre's round, is 404.")
            .Produces<ResponseLink>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
