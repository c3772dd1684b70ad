using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Timeline;

/// <summary>A service on a client's timeline; the full record is at <c>/api/v1/counselling/services/{serviceId}</c>.</summary>
internal sealed record TimelineEntryResponse(
    Guid ServiceId, DateOnly Date, string? StartTime, int Minutes, string ServiceType, string Form, string Workplace,
    string PlaceType, IReadOnlyList<string> Topics, string? InterpreterLanguage, int GroupSize);

public sealed class GetClientTimelineEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/clients/{clientId:guid}/services", async (Guid clientId, int? limit,
                string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                _ = await session.LoadAsync<KnownClient>(clientId, ct) ?? throw new NotFoundException("Client", clientId.ToString());
                await request.HttpContext.RecordClientsAsync([clientId], "counselling.client-services", ct);
                var page = PageRequest.From(limit, cursor);
                var query = session.Query<ClientTimelineEntry>().Where(e => e.ClientId == clientId);
                return Results.Ok(await query.PageAsync(page, e => new TimelineEntryResponse(e.ServiceId, e.Date,
                    e.StartTime, e.Minutes, e.ServiceType, e.Form, e.Workplace, e.PlaceType, e.Topics,
                    e.InterpreterLanguage, e.GroupSize), request, ct));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("get-client-timeline")
            .WithSummary("A client's timeline: the services the client received, newest first")
            .WithDescription("Individual and group services of a client of the caller's centre (404 for an unknown client " +
                "or one of another centre), without notes; cancelled services are left out. Written in the same transaction " +
                "as the service, so a recorded, corrected or cancelled service shows here as soon as the request returns. " +
                "Keyset paging with `limit` and `cursor`.")
            .Produces<Page<TimelineEntryResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
}
