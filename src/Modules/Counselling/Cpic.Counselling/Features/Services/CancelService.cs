using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Timeline;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Services;

/// <summary>Cancels a service record: it stays stored with its history, but leaves the statistics.</summary>
public sealed record CancelService(Guid Id, long ExpectedVersion, string Reason, string UserId, bool ByCentreHead)
{
    /// <summary>Without the reason (free text): a failed command is logged with its text.</summary>
    public override string ToString() => $"{nameof(CancelService)} {{ Id = {Id}, ExpectedVersion = {ExpectedVersion}, UserId = {UserId} }}";
}

/// <summary>Why the record is cancelled (e.g. entered twice, the client did not come).</summary>
/// <param name="Reason" example="Entered twice">Required, at most 500 characters.</param>
internal sealed record CancellationInput(string Reason)
{
    internal sealed class Validator : AbstractValidator<CancellationInput>
    {
        public Validator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

public static class CancelServiceHandler
{
    public static async Task<(ServiceRecord, OutgoingMessages)> Handle(CancelService command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var record = await ServiceChanges.LoadForChangeAsync(session, command.Id, command.ExpectedVersion,
            command.ByCentreHead, clock.Today(), ct);
        record.Cancel(command.Reason, command.UserId, clock.GetUtcNow());
        session.NextRevision(record);
        record.Version++;
        ClientTimelineEntry.Rebuild(session, record);
        return (record, [new ServiceCancelled(record.Id, session.TenantId, record.Details.Date)]);
    }
}

public sealed class CancelServiceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/services/{id:guid}/cancellation", async (Guid id, CancellationInput input,
                ClaimsPrincipal user, HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var command = new CancelService(id, request.ExpectedVersion(), input.Reason, user.UserId(),
                    user.IsInRole(Roles.CentreHead));
                var record = await bus.InvokeAsync<ServiceRecord>(command, ct);
                response.SetETag(record.Version);
                return Results.Ok(ServiceResponse.From(record, user));
            })
            .Validate<CancellationInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("cancel-service")
            .WithSummary("Cancel a service record (If-Match)")
            .WithDescription("Marks the record cancelled with a reason; it stays readable with its history but leaves the " +
                "statistics. Same rules as a correction: `If-Match` required, closed periods only by the centre head. " +
                "Publishes `ServiceCancelled`.")
            .Produces<ServiceResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).RequiresIfMatch();
}
