using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Domain;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>GET /api/v1/monitoring/localities: localities of interest with their observations.</summary>
public sealed class ListLocalitiesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/localities", List)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("list-monitoring-localities")
            .WithSummary("List localities of interest with their observations")
            .WithDescription("Staff see their centre's localities (another region is a 403); ministry roles see " +
                "every centre's, optionally of one `region` (CZ-NUTS). Filter by `kind`. Keyset paging (`limit`, `cursor`).")
            .Produces<Page<Locality>>().ProducesProblem(400).ProducesProblem(403).ProducesValidationProblem(422);

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
}
