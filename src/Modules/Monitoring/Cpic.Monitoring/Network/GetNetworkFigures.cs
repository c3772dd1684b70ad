using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Network;

/// <summary>Network figures of a period and scope (definitions in docs/statistics.md, "Network figures").</summary>
/// <param name="From" example="2026-01-01">First day of the period.</param>
/// <param name="To" example="2026-12-31">Last day of the period.</param>
/// <param name="Centre" example="LBC">The centre, or null for all centres in scope.</param>
/// <param name="Region" example="CZ051">The region, or null.</param>
/// <param name="Meetings">Meetings held in the period by body kind (<c>bilateral</c> for meetings outside bodies): organised by the centre or attended at another organiser's body.</param>
/// <param name="BilateralByActorType">Bilateral meetings in the period with at least one actor of the type present.</param>
/// <param name="Actors">Actors registered by the end of the period, and new actors (first meeting attended in the period), by type.</param>
/// <param name="Proposals">Proposals raised in the period, and outcomes reached in it.</param>
/// <param name="Evaluations">Yearly evaluations of bodies by their members closed in the period: response rate and scores.</param>
internal sealed record NetworkFigures(DateOnly From, DateOnly To, string? Centre, string? Region, IReadOnlyList<MeetingFigure> Meetings,
    IReadOnlyList<ActorTypeFigure> BilateralByActorType, IReadOnlyList<ActorFigure> Actors, ProposalFigures Proposals,
    EvaluationFigures Evaluations);

/// <param name="BodyKind" example="working-group">Body kind code, or bilateral.</param>
/// <param name="Organised" example="2">Held, organised by the centre.</param>
/// <param name="Attended" example="3">Held by another organiser, attended by the centre.</param>
internal sealed record MeetingFigure(string BodyKind, long Organised, long Attended);

/// <param name="ActorType" example="primary-school">Actor type code.</param>
/// <param name="Meetings" example="5">Meetings.</param>
internal sealed record ActorTypeFigure(string ActorType, long Meetings);

/// <param name="ActorType" example="ngo">Actor type code.</param>
/// <param name="Registered" example="12">Actors registered on or before the last day of the period.</param>
/// <param name="New" example="2">Actors whose first meeting attended falls in the period.</param>
internal sealed record ActorFigure(string ActorType, long Registered, long New);

/// <param name="Raised" example="4">Raised in the period.</param>
/// <param name="Accepted" example="1">Latest outcome accepted, reached in the period.</param>
/// <param name="Rejected" example="1">Latest outcome rejected, reached in the period.</param>
/// <param name="Implemented" example="1">Latest outcome implemented, reached in the period.</param>
internal sealed record ProposalFigures(long Raised, long Accepted, long Rejected, long Implemented);

/// <param name="Closed" example="2">Evaluation rounds closed in the period.</param>
/// <param name="Invited" example="12">Actors invited to them.</param>
/// <param name="Responses" example="9">Actors that answered.</param>
/// <param name="ResponseRate" example="0.75">Responses / invited, two decimals; null without invitations.</param>
/// <param name="Usefulness">Scores of the question "how useful was the body" (1–5, 5 best).</param>
/// <param name="Information">Scores of the question "how informative were its meetings" (1–5, 5 best).</param>
internal sealed record EvaluationFigures(long Closed, long Invited, long Responses, decimal? ResponseRate, ScoreFigure Usefulness,
    ScoreFigure Information)
{
    internal static EvaluationFigures Of(long closed, long invited, long responses, long[] usefulness, long[] information) =>
        new(closed, invited, responses, invited == 0 ? null : Math.Round((decimal)responses / invited, 2),
            ScoreFigure.Of(usefulness), ScoreFigure.Of(information));
}

/// <param name="Mean" example="4.25">Mean of all answers (not of the rounds' means), two decimals; null without answers.</param>
/// <param name="Distribution" example="[0, 0, 1, 5, 3]">How many answered 1, 2, 3, 4 and 5.</param>
internal sealed record ScoreFigure(decimal? Mean, IReadOnlyList<long> Distribution)
{
    internal static ScoreFigure Of(long[] counts) => new(counts.Sum() == 0 ? null
        : Math.Round((decimal)counts.Select((c, i) => c * (i + 1)).Sum() / counts.Sum(), 2), counts);
}

public sealed class GetNetworkFiguresEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/network", async (string? from, string? to, string? centre, string? region,
                ClaimsPrincipal user, IQuerySession session, CancellationToken ct) =>
            {
                var (start, end) = StatisticsQuery.Period(from, to);
                var scope = await CallerScope.Resolve(user, session, centre, null, region, ct);
                return Results.Ok(await new NetworkReader(session, start, end, scope.Centre, scope.Region).ReadAsync(ct));
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("get-network-figures")
            .WithSummary("Figures of the centres' networks: meetings, actors, new actors, proposals, evaluation scores")
            .WithDescription("From the Platforms module's events, for a period (`from`, `to`, yyyy-MM-dd) and scope " +
                "(`centre`, `region`; staff see their own centre only, 403 otherwise). Counts organisations by type, never " +
                "people. Definitions in docs/statistics.md (\"Network figures\"): meetings held by body kind (organised by " +
                "the centre or attended), bilateral meetings by actor type, actors and new actors by type, proposals and outcomes, " +
                "and the bodies' yearly evaluations closed in the period (response rate, mean scores and their distribution).")
            .Produces<NetworkFigures>().ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
}
