using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Timeline;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;
using Wolverine;

namespace Cpic.Counselling.Features.Services;

/// <summary>
/// Replaces a service's content; the previous revision stays in its history. A caller who may not read the protected
/// notes was sent <c>notes: null</c>, so the notes it sends back are ignored and the stored ones kept; a correction that
/// names no workers keeps the stored workers.
/// </summary>
public sealed record CorrectService(Guid Id, long ExpectedVersion, ServiceInput Input, string UserId, bool ByCentreHead,
    bool MayReadNotes);

public static class CorrectServiceHandler
{
    public static async Task<(ServiceRecord, OutgoingMessages)> Handle(CorrectService command, IDocumentSession session,
        CancellationToken ct)
    {
        var record = await ServiceChanges.LoadForChangeAsync(session, command.Id, command.ExpectedVersion,
            command.ByCentreHead, ct);
        ServiceChanges.EnsurePeriodOpen(command.Input.Date!.Value, command.ByCentreHead);
        var details = command.Input.ToDetails(command.UserId);
        details = command.MayReadNotes ? details : details with { Notes = record.Details.Notes };
        // Whoever corrects a record does not thereby become its worker: without workers named the stored ones stay.
        details = command.Input.Workers is { Count: > 0 } ? details : details with { Workers = record.Details.Workers };
        await ServiceChecks.EnsureValidAsync(command.Input, session, ct, (record.Details, details));
        record.Correct(details, command.UserId);
        session.UpdateRevision(record, record.Version + 1);
        record.Version++;
        ClientTimelineEntry.Rebuild(session, record);
        return (record, [ServiceEvents.Corrected(record, session.TenantId)]);
    }
}

public sealed class CorrectServiceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/counselling/services/{id:guid}", async (Guid id, ServiceInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var command = new CorrectService(id, request.ExpectedVersion(), input, user.UserId(),
                    user.IsInRole(Roles.CentreHead), ProtectedNotes.MayRead(user));
                var record = await bus.InvokeAsync<ServiceRecord>(command, ct);
                response.SetETag(record.Version);
                return Results.Ok(ServiceResponse.From(record, user));
            })
            .Validate<ServiceInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("correct-service")
            .WithSummary("Correct a service record (If-Match)")
            .WithDescription("Send the whole corrected record with the ETag you read in `If-Match`. The previous content " +
                "is kept in the history. Records dated before the current month (a closed reporting period), or moved " +
                "into one, can be corrected only by the centre head (403). A cancelled record cannot be corrected (409). " +
                "A correction without `workers` (or with an empty list) keeps the stored workers. " +
                "Callers who may not read the protected notes (lecturers, integrators) cannot change them either: " +
                "their `notes` are ignored and the stored notes kept. A service of an anonymised client keeps its codes " +
                "correctable, but a correction storing outcome or notes for it, or adding it to a service, is 422. " +
                "Publishes `ServiceCorrected` with the whole corrected record.")
            .Produces<ServiceResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).RequiresIfMatch();
}
