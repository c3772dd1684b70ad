using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Evaluations;

public sealed class ListBodyEvaluationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/bodies/{bodyId:guid}/evaluations", async (Guid bodyId, IQuerySession session, CancellationToken ct) =>
            {
                _ = await session.LoadAsync<Body>(bodyId, ct) ?? throw new NotFoundException("Body", bodyId.ToString());
                var rounds = await session.Query<EvaluationRound>().Where(r => r.BodyId == bodyId).OrderBy(r => r.Year).ToListAsync(ct);
                return Results.Ok(await EvaluationSummary.OfAsync(session, rounds, anyCentre: false, ct));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-body-evaluations")
            .WithSummary("A body's evaluation results over the years")
            .WithDescription("One summary per year evaluated, oldest first: response rate, score averages and distributions, " +
                "frequency fit (no texts; those are in each round's results). Another centre's body is 404.")
            .Produces<IReadOnlyList<EvaluationSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
}
