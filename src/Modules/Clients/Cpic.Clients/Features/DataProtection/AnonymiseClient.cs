using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Clients.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;
using Cpic.BuildingBlocks.Http;

namespace Cpic.Clients.Features.DataProtection;

/// <summary>Erase a client's personal data for good (anonymizace), on request or by the retention policy.</summary>
public sealed record AnonymiseClient(Guid ClientId, string Reason, string By)
{
    /// <summary>Without the reason (free text): a failed command is logged with its text.</summary>
    public override string ToString() => $"{nameof(AnonymiseClient)} {{ ClientId = {ClientId}, By = {By} }}";
}

/// <summary>Mask the personal data in the client's stored events; follows the anonymisation in its own step.</summary>
public sealed record EraseClientHistory(Guid ClientId, string Centre);

/// <summary>Why the record is anonymised.</summary>
/// <param name="Reason" example="on-request">Free text, at most 500 characters; kept in the history.</param>
internal sealed record AnonymisationRequest(string? Reason)
{
    internal sealed class Validator : AbstractValidator<AnonymisationRequest>
    {
        public Validator() => RuleFor(r => r.Reason).MaximumLength(500)
            .Must(r => r is null || !r.Contains('\0', StringComparison.Ordinal)).WithMessage("reason cannot contain NUL characters.");
    }
}

public static class AnonymiseClientHandler
{
    public static async Task<(ClientSaved, OutgoingMessages)> Handle(AnonymiseClient command, IDocumentSession session,
        CancellationToken ct)
    {
        var stream = await session.FetchLiveAsync(command.ClientId, null, ct);
        var anonymised = new ClientRecordAnonymised(command.Reason, command.By);
        stream.AppendOne(anonymised);
        OutgoingMessages messages = [new ClientAnonymised(command.ClientId, session.TenantId),
            new EraseClientHistory(command.ClientId, session.TenantId)];
        // Records merged into this one are the same person: their records and histories are erased too. Fetched
        // for writing, because a blind quick append gives the inline projection no version (the ETag fell to "0").
        foreach (var merged in await session.MergedRecordsAsync(stream.Aggregate!, ct))
        {
            (await session.Events.FetchForWriting<Client>(merged, ct)).AppendOne(anonymised);
            messages.Add(new EraseClientHistory(merged, session.TenantId));
        }

        return (new ClientSaved(command.ClientId, stream.Aggregate!.Version + 1), messages);
    }
}

public static class EraseClientHistoryHandler
{
    /// <summary>Idempotent: masking already masked events changes nothing, so a retry is safe.</summary>
    public static Task Handle(EraseClientHistory command, IDocumentStore store, CancellationToken ct) =>
        store.Advanced.ApplyEventDataMasking(m => m.ForTenant(command.Centre).IncludeStream(command.ClientId), ct);
}

public sealed class AnonymiseClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/clients/{id:guid}/anonymisation", async ([Description("The client's id.")] Guid id, AnonymisationRequest? request,
                HttpContext http, IMessageBus bus, CancellationToken ct) =>
            {
                await bus.InvokeAsync<ClientSaved>(new AnonymiseClient(id, request?.Reason ?? "on-request", http.User.UserId()), ct);
                return Results.NoContent();
            })
            .Validate<AnonymisationRequest>()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("anonymise-client").WithSummary("Anonymise a client (centre head)")
            .WithDescription("Erases the client's personal data irreversibly (anonymizace), in the record and in its " +
                "stored history, also in the records merged into it: names, pseudonym, birth date, contacts, household, " +
                "document numbers. The body with a reason is optional. Kept for " +
                "statistics: sex, birth year band, nationality, residence category, region, workplace. Publishes " +
                "ClientAnonymised. Records are also anonymised by the retention policy (Clients:RetentionYears).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.ClientMerged);
}
