using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Audit;
using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Clients.Features.Updating;

/// <summary>Replace a client's details at <see cref="ExpectedVersion"/>; also identifies an anonymous client.</summary>
public sealed record UpdateClient(Guid ClientId, long ExpectedVersion, ClientDetails Details, string By);

public static class UpdateClientHandler
{
    public static async Task<(ClientSaved, OutgoingMessages)> Handle(UpdateClient command, IDocumentSession session,
        CancellationToken ct)
    {
        var stream = await session.FetchLiveAsync(command.ClientId, command.ExpectedVersion, ct);
        var before = stream.Aggregate!.Details;
        var identifying = before.Anonymous && !command.Details.Anonymous;
        if (!before.Anonymous && command.Details.Anonymous)
        {
            throw new UnprocessableException("anonymous", "An identified client cannot become anonymous; anonymise the record instead.");
        }

        stream.AppendOne(identifying
            ? new AnonymousClientIdentified(command.Details, command.By)
            : new ClientDetailsChanged(command.Details, command.By));
        var messages = new OutgoingMessages();
        if (identifying) messages.Add(new Contracts.ClientIdentified(command.ClientId, session.TenantId));
        if (IntegrationEvents.StatisticsDiffer(before, command.Details))
        {
            messages.Add(IntegrationEvents.ProfileChanged(command.ClientId, session.TenantId, command.Details));
        }

        return (new ClientSaved(command.ClientId, command.ExpectedVersion + 1), messages);
    }
}

public sealed class UpdateClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/clients/{id:guid}", async ([Description("The client's id.")] Guid id, ClientDetails details, HttpContext http,
                IDocumentSession session, IMessageBus bus, DocumentNumbers numbers, TimeProvider clock, CancellationToken ct) =>
            {
                var current = await session.LoadClientAsync(id, ct);
                http.Request.EnsureMatches(current.Version);
                await session.CheckReferencesAsync(details, id, ct);
                var saved = await bus.InvokeAsync<ClientSaved>(new UpdateClient(id, current.Version, details, http.User.UserId()), ct);
                var client = await session.LoadClientAsync(saved.Id, ct);
                await AccessLog.RecordAsync(session, http, [client.Id], "update", ct);
                http.Response.SetETag(client.Version);
                return Results.Ok(ClientResponse.From(client, numbers, clock.Today()));
            })
            .Validate<ClientDetails>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("update-client").WithSummary("Update a client's details (If-Match)")
            .WithDescription("Replaces the client's details: the body is the `details` object of GET " +
                "/api/v1/clients/{id}, not the whole record. Send the ETag of your read as If-Match: a stale one is " +
                "412 (never a silent overwrite), none is 428. Sending anonymous=false with full details for an " +
                "anonymous client identifies it (ztotožnění): same id, history kept, ClientIdentified published. " +
                "Every change is kept in GET /api/v1/clients/{id}/history; the record returned is written to the access log.")
            .Produces<ClientResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.ClientMerged).RequiresIfMatch();
}
