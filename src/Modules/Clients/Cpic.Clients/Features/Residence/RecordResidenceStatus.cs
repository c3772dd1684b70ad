using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Clients.Features.Residence;

public sealed record RecordResidenceStatus(Guid ClientId, ResidenceStatus Status, string By);

public static class RecordResidenceStatusHandler
{
    public static async Task<(ClientSaved, OutgoingMessages)> Handle(RecordResidenceStatus command,
        IDocumentSession session, TimeProvider clock, IOptions<ClientsOptions> options, CancellationToken ct)
    {
        var stream = await session.FetchLiveAsync(command.ClientId, null, ct);
        stream.AppendOne(new ResidenceStatusRecorded(command.Status, command.By));
        var after = new Client { Residence = [.. stream.Aggregate!.Residence, command.Status] };
        var messages = new OutgoingMessages { IntegrationEvents.ResidenceChanged(command.ClientId, session.TenantId, after, clock.Today()) };
        ResidenceChecks.Schedule(messages, command.ClientId, [command.Status], command.Status, clock.Today(),
            options.Value.ResidenceExpiringDays);
        return (new ClientSaved(command.ClientId, stream.Aggregate.Version + 1), messages);
    }
}

internal sealed class ResidenceStatusValidator : AbstractValidator<ResidenceStatus>
{
    public ResidenceStatusValidator(TimeProvider clock)
    {
        RuleFor(s => s.Category).NotEmpty().Must(CodeLists.ResidenceCategories.Contains)
            .WithMessage("category is a code from /api/v1/reference/residence-categories.");
        RuleFor(s => s.PermitType).MaximumLength(100).PlainText();
        RuleFor(s => s.DocumentNumber).MaximumLength(50);
        // A missing date binds as 0001-01-01; the range check refuses it along with other impossible dates.
        RuleFor(s => s.ValidFrom).InclusiveBetween(ClientRules.EarliestDate, ClientRules.LatestDate)
            .WithMessage("validFrom is required, from 1900-01-01 to 2100-12-31.");
        RuleFor(s => s.ValidUntil).LessThanOrEqualTo(ClientRules.LatestDate).WithMessage("validUntil cannot be after 2100-12-31.")
            .GreaterThanOrEqualTo(s => s.ValidFrom).When(s => s.ValidUntil is not null)
            .WithMessage("validUntil cannot be before validFrom.");
        RuleFor(s => s.VerifiedBy).MaximumLength(100).PlainText();
        RuleFor(s => s.VerifiedOn).Must(d => d is null || d <= clock.Today())
            .WithMessage("verifiedOn cannot be in the future.")
            .GreaterThanOrEqualTo(ClientRules.EarliestDate).WithMessage("verifiedOn cannot be before 1900.");
    }
}

public sealed class RecordResidenceStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/clients/{id:guid}/residence-statuses", async ([Description("The client's id.")] Guid id, ResidenceStatus status,
                HttpContext http, IQuerySession session, IMessageBus bus, DocumentNumbers numbers, TimeProvider clock, CancellationToken ct) =>
            {
                var saved = await bus.InvokeAsync<ClientSaved>(new RecordResidenceStatus(id, numbers.Protect(status), http.User.UserId()), ct);
                var client = await session.LoadClientAsync(saved.Id, ct);
                http.Response.SetETag(client.Version);
                return Results.Created($"/api/v1/clients/{id}", ClientResponse.From(client, numbers, clock.Today()));
            })
            .Validate<ResidenceStatus>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("record-residence-status").WithSummary("Record a residence status (pobytový status)")
            .WithDescription("Adds a residence status to the client's history: category (reference code list), permit " +
                "or visa type, document number (stored protected, shown masked), valid from/until, who verified the " +
                "document with a photo and when (ověření dokladu at the first service). The current status is the " +
                "one valid today: the one that started last on or before today (a status recorded in advance becomes current on " +
                "its validFrom). Publishes ClientResidenceStatusChanged with the whole history, and again on the day a status " +
                "recorded in advance takes effect. A status with an end also publishes ResidenceExpiring (webhook " +
                "`client.residence-expiring`) `Clients:ResidenceExpiringDays` (default 30) days before it ends, if it is still the latest then.")
            .Produces<ClientResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.ClientMerged);
}
