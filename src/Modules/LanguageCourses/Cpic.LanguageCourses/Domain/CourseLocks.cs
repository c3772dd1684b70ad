using Cpic.BuildingBlocks.Persistence;
using Marten;

namespace Cpic.LanguageCourses.Domain;

/// <summary>
/// The module's advisory locks (<see cref="AdvisoryLocks"/>). Enrolment changes of one course (enrol, withdraw,
/// promote, capacity) take the course's lock, so they run one after another: seat counts never race and arrival
/// numbers follow commit order. Scheduling a session takes the centre's lock, so two bookings of one room or lecturer cannot
/// both pass the double-booking check. The lock is released when Wolverine commits the session.
/// </summary>
internal static class CourseLocks
{
    public static Task LockCourseAsync(this IDocumentSession session, Guid courseId, CancellationToken ct) =>
        session.LockAsync($"courses:course:{courseId}", ct);

    public static Task LockTimetableAsync(this IDocumentSession session, CancellationToken ct) =>
        session.LockAsync($"courses:timetable:{session.TenantId}", ct);
}
