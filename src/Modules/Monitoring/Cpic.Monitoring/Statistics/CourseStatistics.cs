namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Course figures of the period: courses held (a session in the period), their towns, sessions and teaching hours,
/// participants (distinct clients enrolled and not withdrawn), completion, AIK completions and the SKK audience.
/// </summary>
internal sealed record CourseStatistics(
    CourseRow Totals, Cell AikCompletions, Cell SkkAudience, IReadOnlyList<CourseRow> ByCategory,
    IReadOnlyList<CourseRow> ByCourseType)
{
    /// <summary>The categories whose figures are also given on their own (AIK completions, SKK audience).</summary>
    public const string AikCategory = "adaptation-integration", SkkCategory = "socio-cultural";
}

/// <summary>
/// Figures of a course category or type (<c>Code</c> null for all courses). <c>CompletionRate</c> is the share of
/// participants who completed their course; <c>Completions</c> counts completions dated in the period.
/// </summary>
internal sealed record CourseRow(
    string? Code, long Courses, IReadOnlyList<string> Towns, long Sessions, decimal TeachingHours, Cell Audience,
    Cell Participants, Cell Completed, decimal? CompletionRate, Cell Completions);
