using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Features.GoalSets;
using Cpic.Monitoring.Contracts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.Import;

public sealed record ImportGoalSets(GoalSetImport Input, string UserId);

/// <summary>The sets an import created (drafts of their centres).</summary>
public sealed record ImportResult(IReadOnlyList<GoalSetSummary> Created);

public static class ImportGoalSetsHandler
{
    public static async Task<ImportResult> Handle(ImportGoalSets command, IDocumentSession session, IMonitoringMetrics metrics,
        TimeProvider clock, CancellationToken ct) =>
        new([.. (await command.Input.AddAsync(session, metrics, command.UserId, clock.GetUtcNow(), ct)).Select(GoalSetSummary.From)]);
}

public sealed class ImportGoalSetsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/import", async (GoalSetImport input, ClaimsPrincipal user, IMessageBus bus, CancellationToken ct) =>
                Results.Ok(await bus.InvokeAsync<ImportResult>(new ImportGoalSets(input, user.UserId()), ct)))
            .Validate<GoalSetImport>().WithIdempotency()
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithTags("Goals").WithName("import-goal-sets")
            .WithSummary("Import several centres' goal sets for a year (ministry coordinator), all or nothing")
            .WithDescription("The JSON format of docs/goals.md (\"Import\"): a year and, per centre, its goals as in " +
                "`POST /api/v1/goals/sets`. Each set is created as a draft of its centre. An unknown or repeated centre or a " +
                "bad goal is 422 naming it (`sets[2].goals[0].keyResults[0].metric`), a centre with a set for the year 409; " +
                "then nothing is stored.")
            .Produces<ImportResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(ProblemTypes.GoalSetExists);
}
