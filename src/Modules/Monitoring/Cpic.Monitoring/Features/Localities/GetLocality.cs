using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>GET /api/v1/monitoring/localities/{id}: a locality of interest with its observations.</summary>
public sealed class GetLocalityEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/localities/{id:guid}", Get)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("get-monitoring-locality")
            .WithSummary("A locality of interest with its observations")
            .WithDescription("Staff read their centre's localities (another centre's is a 404); ministry roles any.")
            .Produces<Locality>().ProducesETag().ProducesProblem(404);

    private static async Task<IResult> Get(Guid id, ClaimsPrincipal user, HttpResponse response, IQuerySession session,
        CancellationToken ct)
    {
        var locality = user.IsMinistry()
            ? await session.Query<Locality>().Where(l => l.AnyTenant() && l.Id == id).FirstOrDefaultAsync(ct)
            : await session.LoadAsync<Locality>(id, ct);
        if (locality is null)
        {
            throw new NotFoundException("Locality", id.ToString());
        }

        response.SetETag(locality.Version);
        return Results.Ok(locality);
    }
}
