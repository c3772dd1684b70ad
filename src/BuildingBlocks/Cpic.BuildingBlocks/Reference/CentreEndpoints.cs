using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>The centre registry: everyone reads it; ministry coordinators add and edit centres and workplaces.</summary>
public sealed class CentreEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reference/centres").WithTags("Reference");

        group.MapGet("/", async (string? region, IQuerySession session, CancellationToken ct) =>
            {
                if (region is not null && !CodeLists.Regions.Contains(region))
                {
                    throw new UnprocessableException("region", "region is a CZ-NUTS code from /api/v1/reference/regions.");
                }

                return Results.Ok(await session.Query<Centre>().Where(c => region == null || c.Region == region)
                    .OrderBy(c => c.Id).ToListAsync(ct));
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithName("list-centres").WithSummary("List centres and their workplaces")
            .WithDescription("All centres (CPIC), optionally of one region (CZ-NUTS code, e.g. CZ051). The registry is small, so it is not paged.")
            .Produces<IReadOnlyList<Centre>>();

        group.MapGet("/{code}", async (string code, HttpResponse response, IQuerySession session, CancellationToken ct) =>
            {
                var centre = await session.FindCentreAsync(code, ct) ?? throw new NotFoundException("Centre", code);
                response.SetETag(centre.Version);
                return Results.Ok(centre);
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithName("get-centre").WithSummary("Get a centre")
            .WithDescription("One centre by its code (case-sensitive, e.g. LBC) with its workplaces and an ETag for updates.").Produces<Centre>().ProducesETag().ProducesProblem(404);

        group.MapPost("/", async (CentreInput input, IDocumentSession session, CancellationToken ct) =>
            {
                var centre = input.ToCentre();
                session.Insert(centre);
                await session.SaveChangesAsync(ct);
                return Results.Created($"/api/v1/reference/centres/{centre.Id}", centre);
            })
            .Validate<CentreInput>().WithIdempotency()
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithName("create-centre").WithSummary("Add a centre (ministry coordinator)")
            .WithDescription("Adds a centre with its workplaces to the registry; its code (three capital letters, e.g. LBC) is what staff tokens carry in `centre`.")
            .Produces<Centre>(StatusCodes.Status201Created).ProducesProblem(409);

        group.MapPut("/{code}", async (string code, CentreInput input, HttpRequest request, HttpResponse response,
                IDocumentSession session, CancellationToken ct) =>
            {
                var current = await session.FindCentreAsync(code, ct) ?? throw new NotFoundException("Centre", code);
                request.EnsureMatches(current.Version);
                if (input.Code != code)
                {
                    throw new UnprocessableException("code", "The code of a centre cannot change.");
                }

                var removed = current.Workplaces.Select(w => w.Code).Except(input.Workplaces.Select(w => w.Code)).ToList();
                if (removed.Count > 0)
                {
                    throw new UnprocessableException("workplaces", $"Workplaces cannot be removed: {string.Join(", ", removed)}.");
                }

                var updated = input.ToCentre();
                session.UpdateRevision(updated, current.Version + 1);
                await session.SaveChangesAsync(ct);
                response.SetETag(current.Version + 1);
                updated.Version = current.Version + 1;
                return Results.Ok(updated);
            })
            .Validate<CentreInput>()
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithName("update-centre").WithSummary("Replace a centre and its workplaces (ministry coordinator, If-Match)")
            .WithDescription("Send the whole centre with all its workplaces. A workplace cannot be removed while records may point at it, so every current workplace code must still be present.")
            .Produces<Centre>().ProducesETag().ProducesProblem(404).RequiresIfMatch();
    }
}
