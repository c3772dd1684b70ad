namespace Cpic.Monitoring.Metrics;

/// <summary>
/// The metrics other modules may read (<see cref="Contracts.IMonitoringMetrics"/>), one entry each, every one defined
/// in docs/statistics.md ("Metrics"). Names are part of the contract: never rename one, add a new one instead.
/// </summary>
internal static class MetricCatalogue
{
    private static readonly IReadOnlyList<MetricFilter> AllServiceFilters = [.. MetricFilter.OfServices, .. MetricFilter.OfClients];

    public static readonly IReadOnlyList<Metric> All =
    [
        Metric.OfServices("clients", "Klienti", "Clients",
            "Distinct clients with at least one service in the period and scope (matching the filters).",
            AllServiceFilters, l => l.Clients),
        Metric.OfServices("services", "Intervence", "Services",
            "Services (interventions) in the period and scope; a group service counts once. With a client filter " +
            "(nationality, residenceCategory, sex, ageBand): services received, a group service once per client.",
            AllServiceFilters, l => l.Services),
        Metric.OfServices("minutes", "Minuty služeb", "Service minutes",
            "The sum of the durations of the services in the period and scope.", MetricFilter.OfServices, l => l.Minutes),
        Metric.OfCourses("coursesHeld", "Realizované kurzy", "Courses held",
            "Courses not cancelled with at least one session held in the period.", r => r.Courses),
        Metric.OfCourses("courseSessions", "Lekce kurzů", "Course sessions",
            "Sessions held in the period.", r => r.Sessions),
        Metric.OfCourses("teachingHours", "Vyučovací hodiny", "Teaching hours",
            "Teaching hours of the sessions held in the period.", r => r.TeachingHours),
        Metric.OfCourses("courseParticipants", "Účastníci kurzů", "Course participants",
            "Distinct clients enrolled (not withdrawn) in a course held in the period.", r => r.Participants.Value),
        Metric.OfCourses("courseCompletions", "Absolvování kurzů", "Course completions",
            "Completions dated in the period, in courses of the scope that are not cancelled.", r => r.Completions.Value),
        Metric.OfCourses("courseAudience", "Posluchači kurzů", "Course audience",
            "The unregistered audience of the sessions held in the period (SKK lectures).", r => r.Audience.Value),
        .. ActivityMetrics.All,
        .. NetworkMetrics.All,
    ];

    public static Metric? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
