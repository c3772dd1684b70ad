using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Evaluations;

/// <summary>Filters of the ministry's evaluation overview.</summary>
/// <param name="Year" example="2026">The evaluated year.</param>
/// <param name="Centre" example="LBC">One centre; all when left out.</param>
internal sealed record NetworkEvaluationFilter(int? Year, string? Centre)
{
    internal sealed class Validator : AbstractValidator<NetworkEvaluationFilter>
    {
        public Validator() => RuleFor(f => f.Year).NotNull().InclusiveBetween(2000, 2100);
    }
}

public sealed class ListNetworkEvaluationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/evaluations/network", async ([AsParameters] NetworkEvaluationFilter filter, IQuerySession session,
                CancellationToken ct) =>
            {
                var query = session.Query<EvaluationRound>().Where(r => r.AnyTenant() && r.Year == filter.Year);
                if (filter.Centre is not null) query = query.Where(r => r.Centre == filter.Centre);
                var rounds = await query.OrderBy(r => r.Centre).ThenBy(r => r.BodyName).ToListAsync(ct);
                return Results.Ok(await EvaluationSummary.OfAsync(session, rounds, anyCentre: true, ct));
            })
            .Validate<NetworkEvaluationFilter>()
            .RequireAuthorization(Policies.Ministry)
            .WithTags("Platforms").WithName("list-network-evaluations")
            .WithSummary("Every centre's evaluation results of a year (ministry; figures only)")
            .WithDescription("One summary per evaluated body: response rate, score averages and distributions, frequency " +
                "fit. No texts and no actor names: the ministry sees aggregates only.")
            .Produces<IReadOnlyList<EvaluationSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);
}
