using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;

namespace Cpic.Counselling.Features.Services;

/// <summary>One revision of a service record: how it came about, when, by whom, and its content then.</summary>
internal sealed record ServiceRevisionResponse(int Version, string Action, DateTimeOffset At, string By, ServiceDetails Details);

public sealed class GetServiceHistoryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/services/{id:guid}/history", async (Guid id, ClaimsPrincipal user,
                HttpContext http, IQuerySession session, CancellationToken ct) =>
            {
                var record = await session.LoadAsync<ServiceRecord>(id, ct) ?? throw new NotFoundException("Service", id.ToString());
                var current = new ServiceRevision(record.Version, record.Action, record.ChangedAt, record.ChangedBy, record.Details);
                await http.RecordClientsAsync(record.History.Append(current).SelectMany(r => r.Details.ClientIds),
                    "counselling.service-history", ct);
                return Results.Ok(record.History.Append(current).Select(r => new ServiceRevisionResponse(
                    r.Version, r.Action, r.At, r.By, r.Details with { Notes = ProtectedNotes.Visible(r.Details.Notes, user) })).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("get-service-history")
            .WithSummary("The revisions of a service record, oldest first")
            .WithDescription("Every revision (recorded, corrected, cancelled) with who made it, when, and the content it " +
                "had; the last is the current one. Notes only for counsellors and centre heads.")
            .Produces<IReadOnlyList<ServiceRevisionResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
}
