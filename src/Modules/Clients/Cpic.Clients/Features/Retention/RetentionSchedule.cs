using Cpic.BuildingBlocks;

namespace Cpic.Clients.Features.Retention;

/// <summary>When the daily run of the retention policy happens: <c>Clients:RetentionRunsAt</c>, Prague time.</summary>
internal static class RetentionSchedule
{
    /// <summary>The first run after <paramref name="now"/>, null when the schedule is off.</summary>
    public static DateTimeOffset? NextRun(this ClientsOptions options, DateTimeOffset now)
    {
        if (!options.RetentionScheduled)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, Clock.Prague);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var candidate = day; ; candidate = candidate.AddDays(1))
        {
            var at = candidate.ToDateTime(options.RetentionRunsAt);
            var run = new DateTimeOffset(at, Clock.Prague.GetUtcOffset(at));
            if (run > now)
            {
                return run;
            }
        }
    }
}
