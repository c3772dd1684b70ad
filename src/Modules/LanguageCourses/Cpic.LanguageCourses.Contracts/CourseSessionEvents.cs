namespace Cpic.LanguageCourses.Contracts;

// Changes to the timetable that enrolled clients must hear about. ClientIds are the clients enrolled when the change
// was made (those to notify); no names, as in every event of this module.

/// <summary>A session was moved (date, start, length, room or lecturer changed) before it took place.</summary>
public sealed record SessionRescheduled(
    Guid CourseId, Guid SessionId, string Centre, DateOnly Date, TimeOnly Start, int DurationMinutes,
    DateOnly PreviousDate, TimeOnly PreviousStart, IReadOnlyList<Guid> ClientIds);

/// <summary>A session was cancelled before it took place.</summary>
public sealed record SessionCancelled(
    Guid CourseId, Guid SessionId, string Centre, DateOnly Date, TimeOnly Start, IReadOnlyList<Guid> ClientIds);
