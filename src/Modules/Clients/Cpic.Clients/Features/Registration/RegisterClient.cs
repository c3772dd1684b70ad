using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Clients.Features.Registration;

public sealed record RegisterClient(Guid ClientId, ClientDetails Details, bool Force, string By);

public static class RegisterClientHandler
{
    public static async Task<(ClientSaved, OutgoingMessages)> Handle(RegisterClient command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var centre = session.TenantId;
        if (!command.Force && !command.Details.Anonymous)
        {
            await RefuseLikelyDuplicateAsync(session, command.Details, ct);
        }

        var code = await ClientCodes.NextAsync(session, centre, today.Year, ct);
        session.Events.StartStream<Client>(command.ClientId,
            new ClientRecordOpened(code, centre, command.Details, today, command.By));
        return (new ClientSaved(command.ClientId, 1),
            [IntegrationEvents.Registered(command.ClientId, centre, code, command.Details, today)]);
    }

    /// <summary>
    /// Checked registrations of a centre run one at a time: the centre's advisory lock, taken before the search
    /// reads, is held until Wolverine commits the new record, so a parallel registration of the same person finds it.
    /// </summary>
    private static async Task RefuseLikelyDuplicateAsync(IDocumentSession session, ClientDetails details, CancellationToken ct)
    {
        await session.LockAsync($"clients:registration:{session.TenantId}", ct);
        var candidate = new MatchCandidate(details.GivenNames, details.Surname, details.NativeName, details.BirthDate,
            details.BirthYear, details.Nationality);
        var likely = (await MatchQuery.FindAsync(session, candidate, 10, ct))
            .Where(m => m.Score >= MatchQuery.LikelyDuplicate).ToList();
        if (likely.Count > 0)
        {
            throw new ConflictException(ProblemTypes.DuplicateClient, "This person may already be registered. Check the matches; " +
                "register anyway with ?force=true.", new Dictionary<string, object?> { ["matches"] = likely });
        }
    }
}

public sealed class RegisterClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/clients", async (ClientDetails details,
                [Description("true registers even when a likely duplicate exists (after checking the matches).")] bool? force,
                HttpContext http,
                IQuerySession session, IMessageBus bus, DocumentNumbers numbers, TimeProvider clock, CancellationToken ct) =>
            {
                await session.CheckReferencesAsync(details, null, ct);
                var saved = await bus.InvokeAsync<ClientSaved>(
                    new RegisterClient(Guid.CreateVersion7(), details, force == true, http.User.UserId()), ct);
                var client = await session.LoadClientAsync(saved.Id, ct);
                http.Response.SetETag(client.Version);
                return Results.Created($"/api/v1/clients/{client.Id}", ClientResponse.From(client, numbers, clock.Today()));
            })
            .Validate<ClientDetails>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("register-client").WithSummary("Register a client (registrace klienta)")
            .WithDescription("Registers a client of the caller's centre and gives it a client code unique in the centre " +
                "(e.g. LBC-2026-00042). An anonymous client (anonymní klient, allowed in social counselling) has only " +
                "pseudonym, birthYearBand, sex and nationality. Unless ?force=true, a likely duplicate (score >= 0.8 " +
                "from name, birth date and nationality) is refused with 409 and the `matches`.")
            .Produces<ClientResponse>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(ProblemTypes.DuplicateClient);
}
