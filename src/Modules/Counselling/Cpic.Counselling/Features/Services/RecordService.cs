using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Timeline;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Services;

/// <summary>
/// Records a service with its timeline entries; <see cref="Contracts.ServiceRecorded"/> leaves through the outbox in
/// the same transaction.
/// </summary>
public sealed record RecordService(ServiceInput Input, string UserId);

public static class RecordServiceHandler
{
    public static async Task<(ServiceRecord, OutgoingMessages)> Handle(RecordService command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        await ServiceChecks.EnsureValidAsync(command.Input, session, ct);
        var record = Store(session, command.Input, command.UserId, clock.GetUtcNow());
        return (record, [ServiceEvents.Recorded(record, session.TenantId)]);
    }

    /// <summary>Stores a checked service with its timeline entries (also for each row of an import).</summary>
    internal static ServiceRecord Store(IDocumentSession session, ServiceInput input, string userId, DateTimeOffset now)
    {
        var record = ServiceRecord.Create(input.ToDetails(userId), userId, now);
        session.Insert(record);
        ClientTimelineEntry.Add(session, record);
        return record;
    }
}

public sealed class RecordServiceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/services", async (ServiceInput input, ClaimsPrincipal user, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var record = await bus.InvokeAsync<ServiceRecord>(new RecordService(input, user.UserId()), ct);
                response.SetETag(record.Version);
                return Results.Created($"/api/v1/counselling/services/{record.Id}", ServiceResponse.From(record, user));
            })
            .Validate<ServiceInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("record-service")
            .WithSummary("Record a service (intervention) given to a client, a group or an audience")
            .WithDescription("Records one service of the caller's centre. Clients must be known clients of the centre, " +
                "not merged or anonymised (422 otherwise); the date cannot be in the future; minutes are 1–720. A field service (form `field`) " +
                "takes place at a field place (dormitory, company...) with its name and town, office and remote ones at " +
                "`workplace`. Notes are protected and never leave the centre. Publishes `ServiceRecorded`.")
            .Produces<ServiceResponse>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
}
