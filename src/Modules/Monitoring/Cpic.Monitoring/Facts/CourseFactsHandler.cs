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

    public static void Handle(ClientEnrolled e, IDocumentSession session) => Enrol(session, e.CourseId, e.ClientId, e.Date);

    public static void Handle(ClientPromotedFromWaitlist e, IDocumentSession session) =>
        Enrol(session, e.CourseId, e.ClientId, e.Date);

    // Messages may be handled out of order: the latest enrolment and withdrawal dates decide, whichever came first.
    public static void Handle(ClientWithdrew e, IDocumentSession session) =>
        session.QueueSqlCommand("""
            insert into monitoring.course_participants (course_id, client_id, client_key, withdrawn_on, withdrawn)
            select ?, c.id, coalesce((select merged_into from monitoring.clients where client_id = c.id), c.id), ?::date, true
            from (select ?::uuid as id) c
            on conflict (course_id, client_id) do update set
                withdrawn_on = greatest(course_participants.withdrawn_on, excluded.withdrawn_on),
                withdrawn = course_participants.enrolled_on is null
                    or greatest(course_participants.withdrawn_on, excluded.withdrawn_on) >= course_participants.enrolled_on
            """, e.CourseId, e.Date, e.ClientId);

    public static void Handle(CourseCompleted e, IDocumentSession session)
    {
        Enrol(session, e.CourseId, e.ClientId, e.Date);
        session.QueueSqlCommand(
            "update monitoring.course_participants set completed_on = ? where course_id = ? and client_id = ?",
            e.Date, e.CourseId, e.ClientId);
    }

    // Enrolling again on a later day than a withdrawal makes the client a participant again.
    private static void Enrol(IDocumentSession session, Guid courseId, Guid clientId, DateOnly date) =>
        session.QueueSqlCommand("""
            insert into monitoring.course_participants (course_id, client_id, client_key, enrolled_on)
            select ?, c.id, coalesce((select merged_into from monitoring.clients where client_id = c.id), c.id), ?::date
            from (select ?::uuid as id) c
            on conflict (course_id, client_id) do update set
                enrolled_on = greatest(course_participants.enrolled_on, excluded.enrolled_on),
                withdrawn = course_participants.withdrawn_on is not null
                    and course_participants.withdrawn_on >= greatest(course_participants.enrolled_on, excluded.enrolled_on)
            """, courseId, date, clientId);
}
