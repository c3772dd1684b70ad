using Cpic.Monitoring.Activities;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Public figures beyond the suppressed small counts: a suppressed cell of a breakdown, of a row or column of the
/// cross table or of the course figures is protected by hiding others (<see cref="SecondarySuppression"/>), and
/// since ratios would give a suppressed count away (services per client = services / clients; a completion rate of
/// 0.667 over "&lt;5" participants is 2 of 3), a ratio over a suppressed count is null.
/// </summary>
internal static class PublicFigures
{
    public static StatisticsResult Protect(StatisticsResult result)
    {
        if (!result.Public)
        {
            return result;
        }

        var totals = result.Totals;
        return result with
        {
            Totals = totals.Clients.Suppressed || totals.Services.Suppressed ? totals with { ServicesPerClient = null } : totals,
            Breakdowns = result.Breakdowns.ToDictionary(b => b.Key, b => SecondarySuppression.Apply(b.Value,
                (r => r.Clients, (r, c) => r with { Clients = c }), (r => r.Services, (r, c) => r with { Services = c }),
                (r => r.Minutes, (r, c) => r with { Minutes = c }))),
            CrossTable = result.CrossTable is { } cross ? Protect(cross) : null,
            Courses = Protect(result.Courses),
            Activities = ActivityProtection.Protect(result.Activities),
        };
    }

    /// <summary>AIK completions and the SKK audience are cells of the category line, so they are written as there.</summary>
    private static CourseStatistics Protect(CourseStatistics courses)
    {
        var categories = Protect(courses.ByCategory).Select(Protect).ToList();
        var aik = categories.Find(c => c.Code == CourseStatistics.AikCategory);
        var skk = categories.Find(c => c.Code == CourseStatistics.SkkCategory);
        return courses with
        {
            Totals = Protect(courses.Totals), AikCompletions = aik?.Completions ?? courses.AikCompletions,
            SkkAudience = skk?.Audience ?? courses.SkkAudience, ByCategory = categories,
            ByCourseType = [.. Protect(courses.ByCourseType).Select(Protect)],
        };
    }

    /// <summary>A cross table of one dimension is one line; of two, each row (first key) and each column (second key).</summary>
    private static CrossTable Protect(CrossTable cross) => cross with
    {
        Rows = SecondarySuppression.Apply(cross.Rows, cross.Dimensions.Count == 1 ? [_ => null] : [r => r.Keys[0], r => r.Keys[1]],
            (r => r.Clients, (r, c) => r with { Clients = c }), (r => r.Services, (r, c) => r with { Services = c }),
            (r => r.Minutes, (r, c) => r with { Minutes = c })),
    };

    private static IReadOnlyList<CourseRow> Protect(IReadOnlyList<CourseRow> rows) => SecondarySuppression.Apply(rows,
        (r => r.Audience, (r, c) => r with { Audience = c }), (r => r.Participants, (r, c) => r with { Participants = c }),
        (r => r.Completed, (r, c) => r with { Completed = c }), (r => r.Completions, (r, c) => r with { Completions = c }));

    private static CourseRow Protect(CourseRow row) =>
        row.Participants.Suppressed || row.Completed.Suppressed ? row with { CompletionRate = null } : row;
}
