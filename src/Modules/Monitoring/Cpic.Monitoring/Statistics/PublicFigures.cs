namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Ratios would give a suppressed count away (services per client = services / clients; a completion rate of
/// 0.667 over "&lt;5" participants is 2 of 3), so in public figures a ratio over a suppressed count is null.
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
            Courses = result.Courses with
            {
                Totals = Protect(result.Courses.Totals),
                ByCategory = [.. result.Courses.ByCategory.Select(Protect)],
                ByCourseType = [.. result.Courses.ByCourseType.Select(Protect)],
            },
        };
    }

    private static CourseRow Protect(CourseRow row) =>
        row.Participants.Suppressed || row.Completed.Suppressed ? row with { CompletionRate = null } : row;
}
