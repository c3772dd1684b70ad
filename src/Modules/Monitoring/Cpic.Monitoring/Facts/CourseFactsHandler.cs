using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Contracts;
using Marten;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Course facts: courses, held sessions and participants, each keyed by its own id so that redeliveries
/// rewrite rather than add. Waitlist, attendance and certificate events carry nothing the statistics count.
/// </summary>
public static class CourseFactsHandler
{
    public static async Task Handle(CourseScheduled e, IDocumentSession session, CancellationToken ct)
    {
        var centre = await session.FindCentreAsync(e.Centre, ct);
        var category = CodeLists.CourseTypes.Find(e.CourseType)?.Category ?? "other";
        session.QueueSqlCommand("""
            insert into monitoring.courses (course_id, centre, workplace, region, course_type, category, venue_town)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (course_id) do update set centre = excluded.centre, workplace = excluded.workplace,
                region = excluded.region, course_type = excluded.course_type, category = excluded.category,
                venue_town = excluded.venue_town
            """, e.CourseId, e.Centre, e.Workplace, centre?.Region ?? "", e.CourseType, category, e.VenueTown);
    }

    public static void Handle(CourseCancelled e, IDocumentSession session) =>
        session.QueueSqlCommand("""
            insert into monitoring.courses (course_id, centre, cancelled) values (?, ?, true)
            on conflict (course_id) do update set cancelled = true
            """, e.CourseId, e.Centre);

    public static void Handle(SessionHeld e, IDocumentSession session) =>
        session.QueueSqlCommand("""
            insert into monitoring.course_sessions (session_id, course_id, date, hours, audience) values (?, ?, ?, ?, ?)
            on conflict (session_id) do update set date = excluded.date, hours = excluded.hours,
                audience = excluded.audience
            """, e.SessionId, e.CourseId, e.Date, e.Hours, e.UnregisteredAudience ?? 0);

    public static void Handle(ClientEnrolled e, IDocumentSession session) => Enrol(session, e.CourseId, e.ClientId);

    public static void Handle(ClientPromotedFromWaitlist e, IDocumentSession session) =>
        Enrol(session, e.CourseId, e.ClientId);

    public static void Handle(ClientWithdrew e, IDocumentSession session) =>
        session.QueueSqlCommand(
            "update monitoring.course_participants set withdrawn = true where course_id = ? and client_id = ?",
            e.CourseId, e.ClientId);

    public static void Handle(CourseCompleted e, IDocumentSession session)
    {
        Enrol(session, e.CourseId, e.ClientId);
        session.QueueSqlCommand(
            "update monitoring.course_participants set completed_on = ? where course_id = ? and client_id = ?",
            e.Date, e.CourseId, e.ClientId);
    }

    // Enrolling again after a withdrawal makes the client a participant again.
    private static void Enrol(IDocumentSession session, Guid courseId, Guid clientId) =>
        session.QueueSqlCommand("""
            insert into monitoring.course_participants (course_id, client_id, client_key)
            select ?, c.id, coalesce((select merged_into from monitoring.clients where client_id = c.id), c.id)
            from (select ?::uuid as id) c
            on conflict (course_id, client_id) do update set withdrawn = false
            """, courseId, clientId);
}
