using Cpic.BuildingBlocks.Auth;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace Cpic.Host;

/// <summary>
/// Messages that failed for their own content (never for a database outage, see <see cref="Resilience"/>) wait in
/// Wolverine's dead letters: <c>/health/ready</c> reports Degraded while any wait, and the ministry coordinator lists
/// them and sends them back to their handlers once the cause is fixed.
/// </summary>
internal static class DeadLetters
{
    private const int MaxListed = 200;

    public static void MapCpicDeadLetters(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/operations/dead-letters").WithTags("Operations")
            .RequireAuthorization(Policies.MinistryCoordinator);

        group.MapGet("/", async (IWolverineRuntime runtime, CancellationToken ct) =>
            {
                var found = await runtime.Storage.DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery { PageSize = MaxListed }, ct);
                return Results.Ok(new DeadLetterList(found.TotalCount, [.. found.Envelopes.Select(e =>
                    new DeadLetter(e.Id, e.MessageType, e.ExceptionType, e.SentAt, e.Replayable))]));
            })
            .WithName("list-dead-letters").WithSummary("List dead letters (ministry coordinator)")
            .WithDescription($"Messages a module could not handle because of their content, oldest first (at most {MaxListed}), " +
                "with how many there are. The message body and the exception's text are not shown: they may carry personal " +
                "data. A database outage never puts a message here.")
            .Produces<DeadLetterList>();

        group.MapPost("/replay", async (ReplayRequest? request, IWolverineRuntime runtime, CancellationToken ct) =>
            {
                var query = request?.Ids is { Length: > 0 } ids ? new DeadLetterEnvelopeQuery(ids) : new DeadLetterEnvelopeQuery();
                var result = await runtime.Storage.DeadLetters.ReplayMatchingAsync(query, ct);
                return Results.Accepted(value: new ReplayResult(result.Affected ?? 0));
            })
            .WithName("replay-dead-letters").WithSummary("Send dead letters back to their handlers (ministry coordinator)")
            .WithDescription("Marks the listed dead letters (`ids`), or all of them without a body, for replay: each goes back " +
                "to its module's queue within seconds and is handled again; one that fails again returns to the dead letters.")
            .Produces<ReplayResult>(StatusCodes.Status202Accepted);
    }

    public sealed record DeadLetterList(int Total, IReadOnlyList<DeadLetter> Items);

    public sealed record DeadLetter(Guid Id, string MessageType, string ExceptionType, DateTimeOffset SentAt, bool Replayable);

    public sealed record ReplayRequest(Guid[]? Ids);

    public sealed record ReplayResult(int Replayed);
}

/// <summary>Degraded (still 200, the host serves) while any message waits in the dead letters.</summary>
internal sealed class NoDeadLetters(IWolverineRuntime runtime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var found = await runtime.Storage.DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery { PageSize = 1 }, ct);
            return found.TotalCount == 0 ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded($"{found.TotalCount} dead letters: see GET /api/v1/operations/dead-letters.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded("The dead letters could not be counted.");
        }
    }
}
