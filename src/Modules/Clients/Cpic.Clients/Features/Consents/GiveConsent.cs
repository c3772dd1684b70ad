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

public sealed record GiveConsent(Guid ClientId, string Purpose, DateOnly GivenOn, string By);

/// <summary>A consent given by the client.</summary>
/// <param name="Purpose" example="contact-for-events">service-delivery, statistics, contact-for-events or photo.</param>
/// <param name="GivenOn" example="2026-03-05">Date the consent was given.</param>
internal sealed record ConsentRequest(string Purpose, DateOnly GivenOn)
{
    internal sealed class Validator : AbstractValidator<ConsentRequest>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(r => r.Purpose).Must(ClientCodeLists.ConsentPurposes.Contains)
                .WithMessage($"purpose is one of: {string.Join(", ", ClientCodeLists.ConsentPurposes)}.");
            // A missing date binds as 0001-01-01 (empty); any other early date is out of range.
            RuleFor(r => r.GivenOn).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("givenOn is required (yyyy-MM-dd).")
                .Must(d => d <= clock.Today()).WithMessage("givenOn cannot be in the future.")
                .GreaterThanOrEqualTo(ClientRules.EarliestDate).WithMessage("givenOn cannot be before 1900.");
        }
    }
}

public static class GiveConsentHandler
{
    public static async Task<ClientSaved> Handle(GiveConsent command, IDocumentSession session, CancellationToken ct)
    {
        var stream = await session.FetchLiveAsync(command.ClientId, null, ct);
        stream.AppendOne(new ConsentGiven(command.Purpose, command.GivenOn, command.By));
        return new ClientSaved(command.ClientId, stream.Aggregate!.Version + 1);
    }
}

public sealed class GiveConsentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/clients/{id:guid}/consents", async ([Description("The client's id.")] Guid id, ConsentRequest request, HttpContext http,
                IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            {
                await bus.InvokeAsync<ClientSaved>(new GiveConsent(id, request.Purpose, request.GivenOn, http.User.UserId()), ct);
                var client = await session.LoadClientAsync(id, ct);
                return Results.Created($"/api/v1/clients/{id}", client.Consents);
            })
            .Validate<ConsentRequest>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("give-consent").WithSummary("Record a consent (souhlas)")
            .WithDescription("Records the client's consent for a purpose: service-delivery, statistics, " +
                "contact-for-events or photo, given on a date, recorded by the caller. A new consent for a purpose " +
                "replaces an active one. Processing that needs a consent checks it (e.g. event contacts).")
            .Produces<IReadOnlyList<Consent>>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.ClientMerged);
}
