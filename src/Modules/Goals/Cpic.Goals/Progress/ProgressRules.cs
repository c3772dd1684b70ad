using Cpic.Goals.Domain;
using static Cpic.Goals.Progress.ProgressStatuses;

namespace Cpic.Goals.Progress;

/// <summary>The documented rules that turn a key result's value into share, forecast and status (docs/goals.md).</summary>
internal static class ProgressRules
{
    /// <summary>The elapsed part of the period from 1 January to <paramref name="due"/> on <paramref name="asOf"/>, 0 to 1.</summary>
    public static decimal Elapsed(DateOnly due, DateOnly asOf)
    {
        var start = new DateOnly(due.Year, 1, 1);
        var days = due.DayNumber - start.DayNumber + 1;
        var done = Math.Clamp(asOf.DayNumber - start.DayNumber + 1, 0, days);
        return (decimal)done / days;
    }

    public static KeyResultProgress Judge(KeyResult kr, decimal value, DateOnly due, DateOnly asOf, string? definition,
        string? definitionVersion)
    {
        var elapsed = Elapsed(due, asOf);
        var final = asOf >= due;
        decimal? forecast = kr.Kind == GoalCodes.Milestone || elapsed == 0 ? null
            : Math.Round(kr.Start + ((value - kr.Start) / elapsed), 2);
        var atMost = kr.Comparison == GoalCodes.AtMost;
        var share = atMost ? (value <= kr.Target ? 1 : Math.Round(kr.Target / value, 3))
            : Math.Max(0, Math.Round((value - kr.Start) / (kr.Target - kr.Start), 3));
        var met = atMost ? value <= kr.Target : value >= kr.Target;
        var status = kr.Kind == GoalCodes.Milestone ? (met ? Achieved : final ? Missed : OnTrack)
            : atMost ? (final ? (met ? Achieved : Missed) : forecast <= kr.Target ? OnTrack : AtRisk)
            : met ? Achieved : final ? Missed : forecast >= kr.Target ? OnTrack : AtRisk;
        return new KeyResultProgress(kr.Id, value, share, forecast, status, definition, definitionVersion);
    }

    public static GoalProgress Combine(Goal goal, IReadOnlyList<KeyResultProgress> results, DateOnly asOf)
    {
        if (results.Count == 0)
        {
            return new GoalProgress(goal.Id, null, Qualitative, results);
        }

        var weights = goal.KeyResults.Sum(k => k.Weight);
        var share = Math.Round(goal.KeyResults.Zip(results).Sum(p => p.First.Weight * Math.Min(1, p.Second.Share)) / weights, 3);
        var status = results.All(r => r.Status == Achieved) ? Achieved
            : asOf >= goal.DueOn ? Missed
            : results.Any(r => r.Status is AtRisk or Missed) ? AtRisk : OnTrack;
        return new GoalProgress(goal.Id, share, status, results);
    }
}
