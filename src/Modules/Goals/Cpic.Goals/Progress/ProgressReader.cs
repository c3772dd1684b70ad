using Cpic.Goals.Domain;
using Cpic.Monitoring.Contracts;
using Marten;

namespace Cpic.Goals.Progress;

/// <summary>
/// Computes progress live: metric key results read Monitoring's figure for the centre (or the goal's workplace) from
/// 1 January to the earlier of the due date and <c>asOf</c> (<see cref="IMonitoringMetrics"/>, never a recount);
/// manual key results take their latest check-in up to <c>asOf</c>; milestones are done once a check-in says so. A
/// check-in being recorded in the same transaction (not stored yet) comes as <c>pending</c>.
/// </summary>
internal sealed class ProgressReader(IMonitoringMetrics metrics, IQuerySession session)
{
    public async Task<SetProgress> ReadAsync(Guid setId, string centre, IReadOnlyList<Goal> goals, DateOnly asOf,
        CancellationToken ct, CheckIn? pending = null)
    {
        var stored = await session.Query<CheckIn>().Where(c => c.AnyTenant() && c.SetId == setId && c.On <= asOf).ToListAsync(ct);
        var checkIns = stored.Concat(pending is null ? [] : [pending]).OrderBy(c => c.On).ThenBy(c => c.At).ToList();
        var result = new List<GoalProgress>();
        foreach (var goal in goals)
        {
            var results = new List<KeyResultProgress>();
            foreach (var kr in goal.KeyResults)
            {
                var mine = checkIns.Where(c => c.KeyResultId == kr.Id).ToList();
                results.Add(kr.Kind switch
                {
                    GoalCodes.Metric => await MetricAsync(centre, goal, kr, asOf, ct),
                    GoalCodes.Manual => ProgressRules.Judge(kr, mine.LastOrDefault()?.Value ?? kr.Start, goal.DueOn, asOf, null, null),
                    _ => ProgressRules.Judge(kr, mine.LastOrDefault()?.Done == true ? 1 : 0, goal.DueOn, asOf, null, null),
                });
            }

            result.Add(ProgressRules.Combine(goal, results, asOf));
        }

        return new SetProgress(asOf, result);
    }

    private async Task<KeyResultProgress> MetricAsync(string centre, Goal goal, KeyResult kr, DateOnly asOf, CancellationToken ct)
    {
        var from = new DateOnly(goal.DueOn.Year, 1, 1);
        var to = asOf < goal.DueOn ? asOf : goal.DueOn;
        var definition = metrics.Catalogue.First(m => m.Name == kr.Metric).Definition;
        if (to < from)
        {
            return ProgressRules.Judge(kr, 0, goal.DueOn, asOf, definition, null);
        }

        var figure = await metrics.ReadAsync(new MetricQuery(kr.Metric!, centre, goal.Workplace, from, to, kr.Filters), ct);
        return ProgressRules.Judge(kr, figure.Value, goal.DueOn, asOf, figure.Definition, figure.DefinitionVersion);
    }
}
