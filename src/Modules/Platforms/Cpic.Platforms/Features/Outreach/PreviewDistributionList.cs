using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class PreviewDistributionListEndpoint : ICarterModule
{
    private const string Lists = "/api/v1/platforms/outreach/lists";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Lists}/{{id:guid}}/recipients", async (Guid id, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var list = await session.LoadAsync<DistributionList>(id, ct) ?? throw new NotFoundException("Distribution list", id.ToString());
                return Results.Ok((await Recipients.ResolveAsync(list, session, clock.Today(), ct)).Select(r => Recipients.Of(r.Person, r.Actor)).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("preview-distribution-list").WithSummary("Who the list reaches today")
            .WithDescription("The people a sending would go to now: of the selected active actors (or picked by hand), with " +
                "an e-mail and consent to the list's purpose, by name.")
            .Produces<IReadOnlyList<Recipient>>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
