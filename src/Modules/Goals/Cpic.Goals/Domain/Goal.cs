namespace Cpic.Goals.Domain;

/// <summary>An operational goal of a centre's year.</summary>
/// <param name="Id">Stable across versions, so reviews and check-ins follow the goal.</param>
/// <param name="Text" example="Poskytnout sociální poradenství 250 klientům">The goal in Czech.</param>
/// <param name="TextEn" example="Social counselling for 250 clients">Optional English text.</param>
/// <param name="Area" example="counselling">One of the areas of /api/v1/goals/catalogue.</param>
/// <param name="Workplace" example="LBC-LIB">Optional workplace of the centre; metric key results then count it only.</param>
/// <param name="ResponsibleRole" example="vedoucí centra">The role responsible (not a person's name).</param>
/// <param name="DueOn" example="2026-12-31">Within the set's year.</param>
/// <param name="InternalNote" example="Ask the region about the premises first.">Internal: never published.</param>
/// <param name="KeyResults">Zero or more; a goal without key results is qualitative, judged in reviews.</param>
public sealed record Goal(
    Guid Id, string Text, string? TextEn, string Area, string? Workplace, string ResponsibleRole, DateOnly DueOn,
    string? InternalNote, IReadOnlyList<KeyResult> KeyResults);

/// <summary>
/// A measurable result of a goal: a <c>metric</c> of Monitoring's catalogue with filters, computed live; a
/// <c>manual</c> value with a unit, from check-ins; or a <c>milestone</c>, done or not.
/// </summary>
/// <param name="Id">Stable across versions.</param>
/// <param name="Title" example="Klienti sociálního poradenství">A short label.</param>
/// <param name="Kind" example="metric">metric, manual or milestone.</param>
/// <param name="Metric" example="clients">A metric of the catalogue (kind metric).</param>
/// <param name="Filters">Filter name to code, e.g. serviceType = social-counselling (kind metric).</param>
/// <param name="Unit" example="meetings">The unit of a manual key result.</param>
/// <param name="Start" example="0">Start value (default 0).</param>
/// <param name="Target" example="250">Target, above 0 (1 for a milestone).</param>
/// <param name="Comparison" example="at-least">at-least or at-most.</param>
/// <param name="Weight" example="1">Weight in the goal's progress (default 1).</param>
public sealed record KeyResult(
    Guid Id, string Title, string Kind, string? Metric, IReadOnlyDictionary<string, string>? Filters, string? Unit,
    decimal Start, decimal Target, string Comparison, decimal Weight);

internal static class GoalCodes
{
    public const string Metric = "metric", Manual = "manual", Milestone = "milestone";
    public const string AtLeast = "at-least", AtMost = "at-most";

    public static readonly IReadOnlyList<string> Kinds = [Metric, Manual, Milestone];
    public static readonly IReadOnlyList<string> Comparisons = [AtLeast, AtMost];

    /// <summary>Areas of the centres' work (seed 004).</summary>
    public static readonly IReadOnlyList<(string Code, string Cs)> Areas =
    [
        ("counselling", "poradenství"), ("field-work", "terénní práce"), ("courses", "kurzy"),
        ("networking", "síťování a spolupráce"), ("interpreting-community", "tlumočení a komunitní práce"),
        ("staff-development", "rozvoj týmu"), ("presentation", "propagace"), ("other", "ostatní"),
    ];

    public static bool IsArea(string? code) => Areas.Any(a => a.Code == code);
}
