using Cpic.LanguageCourses.Contracts;
using Marten;

namespace Cpic.LanguageCourses.Domain;

/// <summary>Seat accounting of a course. Callers hold the course lock (<see cref="CourseLocks"/>).</summary>
internal static class Waitlist
{
    /// <summary>Enrolments that hold a place or wait for one, in arrival order.</summary>
    public static async Task<IReadOnlyList<CourseEnrolment>> ActiveAsync(IQuerySession session, Guid courseId, CancellationToken ct) =>
        await session.Query<CourseEnrolment>()
            .Where(e => e.CourseId == courseId && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Waitlisted))
            .OrderBy(e => e.Arrival).ToListAsync(ct);

    /// <summary>
    /// Fills free places with the first waitlisted clients, in arrival order. <paramref name="leaving"/> is an
    /// enrolment withdrawn in this same transaction (not saved yet, so the query still sees it).
    /// </summary>
    public static async Task<IReadOnlyList<ClientPromotedFromWaitlist>> PromoteAsync(IDocumentSession session,
        LanguageCourse course, DateOnly today, CancellationToken ct,
        Guid? leaving = null)
    {
        var active = (await ActiveAsync(session, course.Id, ct)).Where(e => e.Id != leaving).ToList();
        var free = course.Capacity - active.Count(e => e.Status == EnrolmentStatus.Enrolled);
        var promoted = new List<ClientPromotedFromWaitlist>();
        foreach (var enrolment in active.Where(e => e.Status == EnrolmentStatus.Waitlisted).Take(Math.Max(free, 0)))
        {
            Promote(session, enrolment, null, today);
            promoted.Add(new ClientPromotedFromWaitlist(course.Id, enrolment.ClientId, session.TenantId, today, false));
        }

        return promoted;
    }

    public static void Promote(IDocumentSession session, CourseEnrolment enrolment, string? outOfOrderReason, DateOnly today)
    {
        enrolment.Status = EnrolmentStatus.Enrolled;
        enrolment.EnrolledOn = today;
        enrolment.OutOfOrderReason = outOfOrderReason;
        session.Store(enrolment);
    }
}
