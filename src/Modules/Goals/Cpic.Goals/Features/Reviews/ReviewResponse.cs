using Cpic.Goals.Domain;
using Cpic.Goals.Progress;

namespace Cpic.Goals.Features.Reviews;

/// <summary>A key result's frozen value in a review and its change since the previous review.</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="Value" example="130">Frozen value.</param>
/// <param name="Change" example="24">Value minus the previous review's; null in the first review of the key result.</param>
/// <param name="Status" example="on-track">Frozen status.</param>
public sealed record KeyResultChange(Guid KeyResultId, decimal Value, decimal? Change, string Status);

/// <summary>A monthly review with its frozen figures and comments.</summary>
/// <param name="Month" example="2026-03">The month reviewed.</param>
/// <param name="Version" example="1">The approved version reviewed.</param>
/// <param name="Figures">Progress frozen as of the month's last day.</param>
/// <param name="Comments">The team's comments per goal.</param>
/// <param name="Changes">Each key result's value and its change since the previous review (month to month).</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When.</param>
public sealed record ReviewResponse(string Month, int Version, SetProgress Figures, IReadOnlyList<GoalComment> Comments,
    IReadOnlyList<KeyResultChange> Changes, string By, DateTimeOffset At)
{
    internal static ReviewResponse From(Review review, Review? previous)
    {
        var before = previous?.Figures.Goals.SelectMany(g => g.KeyResults).ToDictionary(k => k.KeyResultId, k => k.Value) ?? [];
        var changes = review.Figures.Goals.SelectMany(g => g.KeyResults).Select(k => new KeyResultChange(k.KeyResultId, k.Value,
            before.TryGetValue(k.KeyResultId, out var was) ? k.Value - was : null, k.Status)).ToList();
        return new ReviewResponse(review.Month, review.Version, review.Figures, review.Comments, changes, review.By, review.At);
    }
}
