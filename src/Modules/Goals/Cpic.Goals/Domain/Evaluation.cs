using Cpic.Goals.Progress;

namespace Cpic.Goals.Domain;

/// <summary>The year-end evaluation of a set (id = the set's id): final figures frozen, a judgement per goal.</summary>
internal sealed record Evaluation(Guid Id, int Version, SetProgress Figures, IReadOnlyList<GoalJudgement> Goals, string By,
    DateTimeOffset At);

/// <summary>The judgement of a goal at year end.</summary>
/// <param name="GoalId">A goal of the approved version.</param>
/// <param name="Result" example="partly-achieved">achieved, partly-achieved or not-achieved.</param>
/// <param name="Comment" example="The premises were found in June; the move is planned for next year.">At most 4,000 characters.</param>
public sealed record GoalJudgement(Guid GoalId, string Result, string? Comment)
{
    public static readonly IReadOnlyList<string> Results = ["achieved", "partly-achieved", "not-achieved"];
}
