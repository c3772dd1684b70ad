namespace Cpic.Goals.Progress;

/// <summary>Progress of a key result on a day (see docs/goals.md, "Progress").</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="Value" example="130">The metric's figure, the latest check-in (or the start) or 1/0 for a milestone.</param>
/// <param name="Share" example="0.52">(value − start) / (target − start), at least 0; for at-most 1 while within target.</param>
/// <param name="Forecast" example="260">Value expected on the due date, linear on the elapsed part of the year.</param>
/// <param name="Status" example="on-track">on-track, at-risk, achieved or missed.</param>
/// <param name="Definition">The metric's definition (metric key results).</param>
/// <param name="DefinitionVersion" example="1.0">The version of the statistics definitions it follows.</param>
public sealed record KeyResultProgress(
    Guid KeyResultId, decimal Value, decimal Share, decimal? Forecast, string Status, string? Definition,
    string? DefinitionVersion);

/// <summary>Progress of a goal: the weighted mean of its key results' shares (each capped at 1).</summary>
/// <param name="GoalId">The goal.</param>
/// <param name="Share" example="0.61">Null for a qualitative goal (no key results).</param>
/// <param name="KeyResults">Progress of each key result, in the goal's order.</param>
/// <param name="Status" example="at-risk">on-track, at-risk, achieved, missed or qualitative.</param>
public sealed record GoalProgress(Guid GoalId, decimal? Share, string Status, IReadOnlyList<KeyResultProgress> KeyResults);

/// <summary>The progress of every goal as of a day (today, or the last day of a reviewed month).</summary>
public sealed record SetProgress(DateOnly AsOf, IReadOnlyList<GoalProgress> Goals);

internal static class ProgressStatuses
{
    public const string OnTrack = "on-track", AtRisk = "at-risk", Achieved = "achieved", Missed = "missed",
        Qualitative = "qualitative";
}
