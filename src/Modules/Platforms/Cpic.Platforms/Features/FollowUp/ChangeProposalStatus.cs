using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Contracts;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.FollowUp;

public sealed record ChangeProposalStatus(Guid ProposalId, long ExpectedVersion, StatusInput Input, string UserId);

public static class ChangeProposalStatusHandler
{
    public static async Task<(ProposalResponse, OutgoingMessages)> Handle(ChangeProposalStatus command, IDocumentSession session,
        CancellationToken ct)
    {
        var proposal = await session.LoadForUpdateAsync<Proposal>(command.ProposalId, command.ExpectedVersion, "Proposal", ct);
        var input = command.Input;
        if (!ProposalStatuses.All.Contains(input.Status))
        {
            throw new UnprocessableException("status", $"status is one of: {string.Join(", ", ProposalStatuses.All)}.");
        }

        if (!proposal.CanMoveTo(input.Status)) throw new ConflictException($"A {proposal.Status} proposal cannot become {input.Status}.");
        if (input.On < proposal.History[^1].On) throw new UnprocessableException("on", "The change cannot predate the previous one.");
        proposal.Status = input.Status;
        proposal.History.Add(new StatusChange(input.Status, input.On!.Value, input.Note, command.UserId));
        session.NextRevision(proposal);
        OutgoingMessages messages = [];
        if (ProposalStatuses.IsOutcome(input.Status))
        {
            messages.Add(new ProposalResolved(proposal.Id, session.TenantId, input.On.Value, input.Status));
        }

        return (ProposalResponse.Of(proposal, proposal.Version + 1), messages);
    }
}

public sealed class ChangeProposalStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/proposals/{id:guid}/status", (Guid id, StatusInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<ProposalResponse>(
                    new ChangeProposalStatus(id, request.ExpectedVersion(), input, user.UserId()), response, ct))
            .Validate<StatusInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("change-proposal-status")
            .WithSummary("Move a proposal for a measure on (If-Match)")
            .WithDescription("raised → forwarded, accepted or rejected; forwarded → accepted or rejected; accepted → " +
                "implemented. Any other move is 409. Each change is kept in `history` with its day. An outcome (accepted, " +
                "rejected, implemented) publishes `ProposalResolved`.")
            .Produces<ProposalResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
