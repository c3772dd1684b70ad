namespace Cpic.LanguageCourses.Contracts;

// Integration events of the LanguageCourses module. No names: client keys (ClientId), codes, dates and hours.
// Centre is a centre code, Workplace a workplace code, CourseType a code of /api/v1/reference/course-types.

/// <summary>
/// A course was scheduled, or its details were edited (published again with the new values; consumers upsert by
/// <c>CourseId</c>). <c>Level</c> is a CEFR level (A0–B2) for Czech courses, else null.
/// </summary>
public sealed record CourseScheduled(
    Guid CourseId, string Centre, string Workplace, string CourseType, string? Level, string VenueTown,
    bool OutsideHomeDistrict, DateOnly StartsOn, DateOnly EndsOn, int Capacity);

public sealed record CourseCancelled(Guid CourseId, string Centre, DateOnly CancelledOn);

/// <summary>
/// A session took place; <c>UnregisteredAudience</c> counts SKK listeners who are not clients. Published again when a
/// corrected attendance record changes the audience (consumers upsert by <c>SessionId</c>).
/// </summary>
public sealed record SessionHeld(
    Guid CourseId, Guid SessionId, string Centre, DateOnly Date, decimal Hours, int? UnregisteredAudience);

public sealed record ClientEnrolled(Guid CourseId, Guid ClientId, string Centre, DateOnly Date);

public sealed record ClientWaitlisted(Guid CourseId, Guid ClientId, string Centre, DateOnly Date, int Position);

public sealed record ClientPromotedFromWaitlist(Guid CourseId, Guid ClientId, string Centre, DateOnly Date, bool OutOfOrder);

public sealed record ClientWithdrew(Guid CourseId, Guid ClientId, string Centre, DateOnly Date);

/// <summary>Attendance of one session; <c>Status</c> is present, excused or absent.</summary>
public sealed record AttendanceRecorded(
    Guid CourseId, Guid SessionId, string Centre, DateOnly Date, IReadOnlyList<AttendanceEntry> Entries);

/// <summary>One client's attendance of a session.</summary>
/// <param name="ClientId" example="0193a1f2-6c1e-7d3a-9b4f-2e8c5a7d1b30">An enrolled client.</param>
/// <param name="Status" example="present">present, excused or absent.</param>
public sealed record AttendanceEntry(Guid ClientId, string Status);

/// <summary>A client completed a course (met its completion rule); <c>Hours</c> attended.</summary>
public sealed record CourseCompleted(
    Guid CourseId, Guid ClientId, string Centre, string CourseType, DateOnly Date, decimal Hours);

public sealed record CertificateIssued(Guid CourseId, Guid ClientId, string Centre, string CertificateNumber, DateOnly Date);
