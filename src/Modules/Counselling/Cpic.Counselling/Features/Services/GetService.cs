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

public sealed class GetServiceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/services/{id:guid}", async (Guid id, ClaimsPrincipal user, HttpResponse response,
                IQuerySession session, CancellationToken ct) =>
            {
                var record = await session.LoadAsync<ServiceRecord>(id, ct) ?? throw new NotFoundException("Service", id.ToString());
                await response.HttpContext.RecordClientsAsync(record.Details.ClientIds, "counselling.service", ct);
                response.SetETag(record.Version);
                return Results.Ok(ServiceResponse.From(record, user));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("get-service")
            .WithSummary("Get a service record")
            .WithDescription("The record with its `ETag` (send it as `If-Match` to correct or cancel). A record of " +
                "another centre is 404. `notes` only for counsellors and centre heads.")
            .Produces<ServiceResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
