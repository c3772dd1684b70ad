using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Referrals;

/// <summary>The partner's answer or the outcome: <c>accepted</c>, <c>completed</c> or <c>declined</c>, with feedback.</summary>
/// <param name="Status" example="accepted">accepted, completed or declined.</param>
/// <param name="Feedback" example="Registered on 3 November">The partner's feedback, at most 2,000 characters.</param>
public sealed record ReferralStatusInput(string Status, string? Feedback) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<ReferralStatusInput>
    {
        public Validator()
        {
            RuleFor(x => x.Status).Must(ReferralStatuses.All.Contains)
                .WithMessage($"status is one of: {string.Join(", ", ReferralStatuses.All)}.");
            RuleFor(x => x.Feedback).MaximumLength(2000);
        }
    }
}

public sealed record ChangeReferralStatus(Guid Id, long ExpectedVersion, ReferralStatusInput Input, string UserId);

public static class ChangeReferralStatusHandler
{
    public static async Task<(Referral, OutgoingMessages)> Handle(ChangeReferralStatus command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var input = command.Input;
        var referral = await session.LoadForUpdateAsync<Referral>(command.Id, command.ExpectedVersion, "Referral", ct);
        if (!referral.CanMoveTo(input.Status))
        {
            throw new ConflictException($"A {referral.Status} referral cannot become {input.Status}.");
        }

        if (input.Feedback is not null && (await session.LoadAsync<KnownClient>(referral.ClientId, ct))?.Anonymised == true)
        {
            throw new UnprocessableException("feedback", $"Client {referral.ClientId} was anonymised; its referral takes no feedback.");
        }

        referral.Status = input.Status;
        referral.Feedback = input.Feedback ?? referral.Feedback;
        referral.History.Add(new ReferralStatusChange(input.Status, input.Feedback, clock.GetUtcNow(), command.UserId));
        referral.Version = session.NextRevision(referral);
        return (referral, [new ReferralStatusChanged(referral.Id, session.TenantId, referral.Status, referral.Version)]);
    }
}

public sealed class ChangeReferralStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/referrals/{id:guid}/status", async (Guid id, ReferralStatusInput input,
                ClaimsPrincipal user, HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var referral = await bus.InvokeAsync<Referral>(
                    new ChangeReferralStatus(id, request.ExpectedVersion(), input, user.UserId()), ct);
                response.SetETag(referral.Version);
                return Results.Ok(ReferralResponse.From(referral));
            })
            .Validate<ReferralStatusInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("change-referral-status")
            .WithSummary("Change a referral's status (If-Match)")
            .WithDescription("sent → accepted or declined; accepted → completed or declined. Any other move is 409. " +
                "Each change is kept in `history` with its feedback; the referral of an anonymised client takes none (422). " +
                "Publishes `ReferralStatusChanged` (without the feedback).")
            .Produces<ReferralResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
