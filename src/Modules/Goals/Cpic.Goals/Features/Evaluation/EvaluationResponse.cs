using Cpic.Goals.Domain;
using Cpic.Goals.Progress;

namespace Cpic.Goals.Features.Evaluation;

/// <summary>A goal's line of the evaluation.</summary>
/// <param name="GoalId">The goal.</param>
/// <param name="Text" example="Najít nové prostory v Rokycanech">The goal's text.</param>
/// <param name="Area" example="other">Area.</param>
/// <param name="Result" example="achieved">achieved, partly-achieved or not-achieved.</param>
/// <param name="Comment">The head's comment.</param>
/// <param name="Figures">Final progress of the goal and its key results.</param>
public sealed record EvaluatedGoal(Guid GoalId, string Text, string Area, string Result, string? Comment, GoalProgress Figures);

/// <summary>The year-end evaluation of a set.</summary>
/// <param name="SetId">The set.</param>
/// <param name="Centre" example="LBC">Centre code.</param>
/// <param name="Year" example="2026">Year.</param>
/// <param name="Version" example="1">The approved version evaluated.</param>
/// <param name="AsOf" example="2026-12-31">Day of the final figures.</param>
/// <param name="Goals">One line per goal.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record EvaluationResponse(Guid SetId, string Centre, int Year, int Version, DateOnly AsOf,
    IReadOnlyList<EvaluatedGoal> Goals, string By, DateTimeOffset At)
{
    internal static EvaluationResponse From(GoalSet set, GoalSetVersion version, Domain.Evaluation evaluation) =>
        new(set.Id, set.Centre, set.Year, version.Number, evaluation.Figures.AsOf, [.. version.Goals.Select(g =>
        {
            var judgement = evaluation.Goals.First(j => j.GoalId == g.Id);
            return new EvaluatedGoal(g.Id, g.Text, g.Area, judgement.Result, judgement.Comment,
                evaluation.Figures.Goals.First(p => p.GoalId == g.Id));
        })], evaluation.By, evaluation.At);
}
