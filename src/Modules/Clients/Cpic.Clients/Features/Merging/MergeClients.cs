using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Contracts;
using Cpic.Clients.Domain;
using Cpic.Clients.Features.Residence;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Clients.Features.Merging;

public sealed record MergeClients(Guid SurvivingClientId, Guid MergedClientId, string By);

/// <summary>Which record to merge into the one in the path.</summary>
/// <param name="MergedClientId" example="0199a3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d">The duplicate, which stops existing on its own.</param>
internal sealed record MergeRequest(Guid MergedClientId)
{
    internal sealed class Validator : AbstractValidator<MergeRequest>
    {
        public Validator() => RuleFor(r => r.MergedClientId).NotEmpty();
    }
}

public static class MergeClientsHandler
{
    public static async Task<(ClientSaved, OutgoingMessages)> Handle(MergeClients command, IDocumentSession session,
        TimeProvider clock, IOptions<ClientsOptions> options, CancellationToken ct)
    {
        if (command.SurvivingClientId == command.MergedClientId)
        {
            throw new UnprocessableException("mergedClientId", "A record cannot be merged with itself.");
        }

        var survivor = await session.FetchLiveAsync(command.SurvivingClientId, null, ct);
        var merged = await session.FetchLiveAsync(command.MergedClientId, null, ct);
        var absorbed = merged.Aggregate!;
        survivor.AppendOne(new ClientAbsorbed(absorbed.Id, absorbed.Residence, absorbed.Consents, command.By));
        merged.AppendOne(new ClientMergedInto(command.SurvivingClientId, command.By));
        var messages = new OutgoingMessages { new ClientsMerged(command.SurvivingClientId, command.MergedClientId, session.TenantId) };
        if (absorbed.Residence.Count > 0)
        {
            // The survivor's residence history now holds the merged record's statuses: other modules must learn them.
            var combined = new Client { Residence = [.. survivor.Aggregate!.Residence, .. absorbed.Residence.Except(survivor.Aggregate.Residence)] };
            messages.Add(IntegrationEvents.ResidenceChanged(command.SurvivingClientId, session.TenantId, combined, clock.Today()));
            ResidenceChecks.Schedule(messages, command.SurvivingClientId, absorbed.Residence,
                combined.EffectiveResidence.MaxBy(s => s.ValidFrom)!, clock.Today(), options.Value.ResidenceExpiringDays);
        }

        return (new ClientSaved(command.SurvivingClientId, survivor.Aggregate!.Version + 1), messages);
    }
}

public sealed class MergeClientsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/clients/{id:guid}/merge", async ([Description("The client's id.")] Guid id, MergeRequest request, HttpContext http,
                IQuerySession session, IMessageBus bus, DocumentNumbers numbers, TimeProvider clock, CancellationToken ct) =>
            {
                var saved = await bus.InvokeAsync<ClientSaved>(new MergeClients(id, request.MergedClientId, http.User.UserId()), ct);
                var client = await session.LoadClientAsync(saved.Id, ct);
                http.Response.SetETag(client.Version);
                return Results.Ok(ClientResponse.From(client, numbers, clock.Today()));
            })
            .Validate<MergeRequest>().WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("merge-clients").WithSummary("Merge two records of the same person (centre head)")
            .WithDescription("The record in the path survives; `mergedClientId` is merged into it (sloučení duplicit). " +
                "Its residence history and consents move over, its history is shown with the survivor's, and the " +
                "merged record answers with mergedInto and refuses changes. Publishes ClientsMerged so that other " +
                "modules re-point services and enrolments. The merge is recorded with the user in both histories.")
            .Produces<ClientResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.ClientMerged);
}
