using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Contracts;
using Marten;

namespace Cpic.LanguageCourses.Domain;

/// <summary>
/// Enrolling a client, under the course lock: a place while one is free and nobody waits, else the waitlist.
/// Used by the enrol endpoint and by the AIK booking import.
/// </summary>
internal static class Enrolling
{
    public static async Task<(CourseEnrolment Enrolment, int? Position, object Event)> EnrolAsync(IDocumentSession session,
        Guid courseId, Guid clientId, string? bookingId, DateOnly today, CancellationToken ct)
    {
        await session.LockCourseAsync(courseId, ct);
        var course = await session.LoadAsync<LanguageCourse>(courseId, ct)
            ?? throw new UnprocessableException("courseId", $"Course '{courseId}' was not found.");
        EnsureOpen(course, today);
        var client = await EnrollableClientAsync(session, clientId, ct);
        var all = await session.Query<CourseEnrolment>().Where(e => e.CourseId == courseId).ToListAsync(ct);
        if (all.Any(e => e.ClientId == clientId && e.Status != EnrolmentStatus.Withdrawn))
        {
            throw new ConflictException("The client is already enrolled in or waitlisted for this course.");
        }

        var waiting = all.Count(e => e.Status == EnrolmentStatus.Waitlisted);
        var placed = waiting == 0 && all.Count(e => e.Status == EnrolmentStatus.Enrolled) < course.Capacity;
        var enrolment = new CourseEnrolment
        {
            Id = Guid.CreateVersion7(), CourseId = courseId, ClientId = clientId, ClientCode = client.Code,
            Arrival = all.Count == 0 ? 1 : all.Max(e => e.Arrival) + 1, RequestedOn = today, BookingId = bookingId,
            Status = placed ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted, EnrolledOn = placed ? today : null,
        };
        session.Insert(enrolment);
        return placed
            ? (enrolment, null, new ClientEnrolled(courseId, clientId, session.TenantId, today))
            : (enrolment, waiting + 1, new ClientWaitlisted(courseId, clientId, session.TenantId, today, waiting + 1));
    }

    private static void EnsureOpen(LanguageCourse course, DateOnly today)
    {
        if (course.Status is not (CourseStatus.Open or CourseStatus.Running))
        {
            throw new ConflictException($"The course is {course.Status}; it does not take enrolments.");
        }

        if (today < course.EnrolmentOpensOn || today > course.EnrolmentClosesOn)
        {
            throw new ConflictException(
                $"Enrolment is open from {course.EnrolmentOpensOn:yyyy-MM-dd} to {course.EnrolmentClosesOn:yyyy-MM-dd}.");
        }
    }

    /// <summary>An identified, current client of the caller's centre; a client of another centre is simply unknown.</summary>
    private static async Task<CourseClient> EnrollableClientAsync(IQuerySession session, Guid clientId, CancellationToken ct)
    {
        var client = await session.LoadAsync<CourseClient>(clientId, ct);
        var problem = client switch
        {
            null => "There is no client with this id in your centre.",
            { MergedInto: { } survivor } => $"This client record was merged into {survivor}; enrol that record.",
            { Anonymised: true } => "This client's record has been anonymised.",
            { Anonymous: true } => "Only identified clients can be enrolled; identify the client first.",
            _ => null,
        };
        return problem is null ? client! : throw new UnprocessableException("clientId", problem);
    }
}
