namespace Cpic.Goals.Domain;

/// <summary>
/// A value recorded for a manual key result, or the completion of a milestone: kept as history, never edited.
/// Stored apart from the set, so recording progress does not touch the approved goals.
/// </summary>
internal sealed record CheckIn(
    Guid Id, Guid SetId, Guid KeyResultId, decimal? Value, bool? Done, DateOnly On, string? Note, string By,
    DateTimeOffset At);

/// <summary>Marks a key result whose <c>KeyResultAchieved</c> was published (id = the key result's id).</summary>
internal sealed record AchievedKeyResult(Guid Id, Guid SetId, DateTimeOffset At);
