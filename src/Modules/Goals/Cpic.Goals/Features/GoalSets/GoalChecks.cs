using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Goals.Domain;
using Cpic.Monitoring.Contracts;
using Marten;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>
/// The rules of goals that need the year, the centre registry or Monitoring's catalogue: due dates within the year,
/// workplaces of the centre, metrics and filters known to the catalogue. All errors at once, as a 422 per field.
/// </summary>
internal static class GoalChecks
{
    public static Task<List<Goal>> ToGoalsAsync(IReadOnlyList<GoalInput> inputs, int year, IQuerySession session,
        IMonitoringMetrics metrics, CancellationToken ct) => ToGoalsAsync(inputs, year, session.TenantId, "goals", session, metrics, ct);

    /// <summary>The goals of <paramref name="centreCode"/>'s set; errors are named <c>{prefix}[i]...</c>.</summary>
    public static async Task<List<Goal>> ToGoalsAsync(IReadOnlyList<GoalInput> inputs, int year, string centreCode, string prefix,
        IQuerySession session, IMonitoringMetrics metrics, CancellationToken ct)
    {
        var errors = Check(inputs, year, await session.FindCentreAsync(centreCode, ct), prefix, metrics);
        return errors.Count > 0 ? throw new UnprocessableException(errors) : [.. inputs.Select(g => g.ToGoal(year))];
    }

    public static Dictionary<string, string[]> Check(IReadOnlyList<GoalInput> inputs, int year, Centre? centre, string prefix,
        IMonitoringMetrics metrics)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var goal = inputs[i];
            if (goal.DueOn is { } due && due.Year != year)
            {
                errors[$"{prefix}[{i}].dueOn"] = [$"The due date must be within {year}."];
            }

            if (goal.Workplace is not null && centre?.FindWorkplace(goal.Workplace) is null)
            {
                errors[$"{prefix}[{i}].workplace"] = [$"'{goal.Workplace}' is not a workplace of centre {centre?.Id}."];
            }

            var keyResults = goal.KeyResults ?? [];
            for (var k = 0; k < keyResults.Count; k++)
            {
                if (keyResults[k] is { Kind: GoalCodes.Metric } kr && metrics.Check(kr.Metric!, kr.Filters) is { Count: > 0 } wrong)
                {
                    errors[$"{prefix}[{i}].keyResults[{k}].metric"] = [.. wrong];
                }
            }
        }

        var ids = inputs.Where(g => g.Id is not null).Select(g => g.Id).ToList();
        if (ids.Distinct().Count() < ids.Count)
        {
            errors[prefix] = ["Two goals carry the same id."];
        }

        return errors;
    }
}
