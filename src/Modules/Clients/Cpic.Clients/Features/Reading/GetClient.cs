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

namespace Cpic.Clients.Features.Reading;

public sealed class GetClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/{id:guid}", async ([Description("The client's id.")] Guid id, HttpContext http, IDocumentSession session,
                DocumentNumbers numbers, TimeProvider clock, CancellationToken ct) =>
            {
                var client = await session.LoadClientAsync(id, ct);
                await AccessLog.RecordAsync(session, http, [id], "read", ct);
                http.Response.SetETag(client.Version);
                return Results.Ok(ClientResponse.From(client, numbers, clock.Today()));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("get-client").WithSummary("Get a client's full record")
            .WithDescription("The full record of a client of the caller's centre, with the ETag to send as If-Match " +
                "on updates. Every read is written to the access log (who, when, which record); say why in the " +
                "optional X-Access-Reason header. A client of another centre is 404.")
            .Produces<ClientResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
