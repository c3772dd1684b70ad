using Cpic.Goals.Contracts;
using Cpic.Goals.Domain;
using Marten;

namespace Cpic.Goals.Progress;

/// <summary>Publishes <see cref="KeyResultAchieved"/> once per key result, the first time its progress says achieved.</summary>
internal static class Achievements
{
    public static async Task<List<object>> NewlyAchievedAsync(IDocumentSession session, GoalSet set, SetProgress progress,
        DateTimeOffset now, CancellationToken ct)
    {
        var achieved = progress.Goals.SelectMany(g => g.KeyResults.Where(k => k.Status == ProgressStatuses.Achieved)
            .Select(k => (g.GoalId, k.KeyResultId))).ToList();
        var known = (await session.LoadManyAsync<AchievedKeyResult>(ct, achieved.Select(a => a.KeyResultId))).Select(a => a.Id).ToHashSet();
        var events = new List<object>();
        foreach (var (goal, keyResult) in achieved.Where(a => !known.Contains(a.KeyResultId)))
        {
            session.Insert(new AchievedKeyResult(keyResult, set.Id, now));
            events.Add(new KeyResultAchieved(set.Id, set.Centre, set.Year, goal, keyResult));
        }

        return events;
    }
}
