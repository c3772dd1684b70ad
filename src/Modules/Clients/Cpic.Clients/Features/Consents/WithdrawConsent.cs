using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Clients.Features.Consents;

public sealed record WithdrawConsent(Guid ClientId, string Purpose, DateOnly WithdrawnOn, string By);

/// <summary>The withdrawal of a consent.</summary>
/// <param name="WithdrawnOn" example="2026-06-01">Date the client withdrew the consent.</param>
internal sealed record WithdrawalRequest(DateOnly WithdrawnOn)
{
    internal sealed class Validator : AbstractValidator<WithdrawalRequest>
    {
        // A missing date binds as 0001-01-01 (empty); any other early date is out of range.
        public Validator(TimeProvider clock) =>
            RuleFor(r => r.WithdrawnOn).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("withdrawnOn is required (yyyy-MM-dd).")
                .Must(d => d <= clock.Today()).WithMessage("withdrawnOn cannot be in the future.")
                .GreaterThanOrEqualTo(ClientRules.EarliestDate).WithMessage("withdrawnOn cannot be before 1900.");
    }
}

public static class WithdrawConsentHandler
{
    public static async Task<ClientSaved> Handle(WithdrawConsent command, IDocumentSession session, CancellationToken ct)
    {
        var stream = await session.FetchLiveAsync(command.ClientId, null, ct);
        var active = stream.Aggregate!.Consents.Find(c => c.Purpose == command.Purpose && c.WithdrawnOn is null)
            ?? throw new NotFoundException("Active consent", command.Purpose);
        if (command.WithdrawnOn < active.GivenOn)
        {
            throw new UnprocessableException("withdrawnOn", "withdrawnOn cannot be before the consent was given.");
        }

        stream.AppendOne(new ConsentWithdrawn(command.Purpose, command.WithdrawnOn, command.By));
        return new ClientSaved(command.ClientId, stream.Aggregate.Version + 1);
    }
}

public sealed class WithdrawConsentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/clients/{id:guid}/consents/{purpose}/withdrawal", async ([Description("The client's id.")] Guid id,
                [Description("The consent's purpose, e.g. contact-for-events.")] string purpose,
                WithdrawalRequest request, HttpContext http, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            {
                await bus.InvokeAsync<ClientSaved>(new WithdrawConsent(id, purpose, request.WithdrawnOn, http.User.UserId()), ct);
                var client = await session.LoadClientAsync(id, ct);
                return Results.Ok(client.Consents);
            })
            .Validate<WithdrawalRequest>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("withdraw-consent").WithSummary("Withdraw a consent (odvolání souhlasu)")
            .WithDescription("Marks the active consent for `purpose` as withdrawn on a date; the record of the consent " +
                "stays. 404 when the client has no active consent for that purpose.")
            .Produces<IReadOnlyList<Consent>>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.ClientMerged);
}
