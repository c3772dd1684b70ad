using Cpic.LanguageCourses.Domain;

namespace Cpic.LanguageCourses.Features.Completion;

/// <summary>
/// A client completes a course when present at no less than the course's threshold share of its held sessions
/// (default 75 %, AIK 100 %). Excused absences do not count as attendance: the certificate states hours attended.
/// </summary>
internal static class CompletionRule
{
    public static (bool Completed, int Percent, decimal Hours) Evaluate(LanguageCourse course,
        IReadOnlyList<CourseSession> held, Guid clientId)
    {
        var present = held.Where(s => s.Attendance.GetValueOrDefault(clientId) == AttendanceStatus.Present).ToList();
        var percent = held.Count == 0 ? 0 : present.Count * 100 / held.Count;
        return (present.Count * 100 >= course.CompletionThresholdPercent * held.Count, percent, present.Sum(s => s.Hours));
    }

    /// <summary>Unique per course and client: centre, year, a fragment of the course id, the client's arrival.</summary>
    public static string CertificateNumber(string centre, LanguageCourse course, CourseEnrolment enrolment, DateOnly today) =>
        $"{centre}-{today.Year}-{course.Id.ToString("N")[^8..].ToUpperInvariant()}-{enrolment.Arrival:D3}";
}
