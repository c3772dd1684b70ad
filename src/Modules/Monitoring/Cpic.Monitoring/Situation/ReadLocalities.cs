using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Situation;

/// <summary>GET /api/v1/monitoring/localities and /localities/{id}: localities with their observations.</summary>
public sealed class ReadLocalities : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/monitoring/localities", List)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("list-monitoring-localities")
            .WithSummary("List localities of interest with their observations")
            .WithDescription("Staff see their centre's localities (another region is a 403); ministry roles see " +
                "every centre's, optionally of one `region` (CZ-NUTS). Filter by `kind`. Keyset paging (`limit`, `cursor`).")
            .Produces<Page<Locality>>().ProducesProblem(400).ProducesProblem(403).ProducesValidationProblem(422);

        app.MapGet("/api/v1/monitoring/localities/{id:guid}", Get)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("get-monitoring-locality")
            .WithSummary("A locality of interest with its observations")
            .WithDescription("Staff read their centre's localities (another centre's is a 404); ministry roles any.")
            .Produces<Locality>().ProducesETag().ProducesProblem(404);
    }

    private static async Task<IResult> List(string? region, string? kind, int? limit, string? cursor,
        ClaimsPrincipal user, HttpRequest request, IQuerySession session, CancellationToken ct)
    {
        var page = PageRequest.From(limit, cursor);
        var after = page.After<Guid?>();
        if (kind is not null && !Locality.Kinds.Contains(kind))
        {
            throw new UnprocessableException("kind", $"kind must be one of: {string.Join(", ", Locality.Kinds)}.");
        }

        _ = await CallerScope.Resolve(user, session, null, null, region, ct);
        // Staff sessions are opened for their centre (tenant); ministry roles read across centres.
        var query = user.IsMinistry() ? session.Query<Locality>().Where(l => l.AnyTenant()) : session.Query<Locality>();
        if (region is not null) query = query.Where(l => l.Region == region);
        if (kind is not null) query = query.Where(l => l.Kind == kind);
        if (after is { } last) query = query.Where(l => l.Id > last);
        var rows = await query.OrderBy(l => l.Id).Take(page.Limit + 1).ToListAsync(ct);
        return Results.Ok(page.ToPage(rows, l => (Guid?)l.Id, l => l, request));
    }

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
