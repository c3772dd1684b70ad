using JasperFx;

namespace Cpic.LanguageCourses.Domain;

/// <summary>One lesson or lecture of a course. Attendance is kept on the session once it has taken place.</summary>
internal sealed class CourseSession : IRevisioned
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public int DurationMinutes { get; set; }
    public string Room { get; set; } = "";

    /// <summary>The course's venue name when scheduled: a room is the same room only at the same venue.</summary>
    public string Venue { get; set; } = "";
    public string Lecturer { get; set; } = "";
    public bool Cancelled { get; set; }

    /// <summary>Set when attendance was first recorded: the session took place.</summary>
    public bool Held { get; set; }
    public Dictionary<Guid, string> Attendance { get; set; } = [];
    public int? UnregisteredAudience { get; set; }
    public int Version { get; set; }

    public DateTime StartsAt => Date.ToDateTime(Start);
    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);
    public decimal Hours => Math.Round(DurationMinutes / 60m, 2);

    public bool Overlaps(DateTime startsAt, DateTime endsAt) => StartsAt < endsAt && startsAt < EndsAt;
}

internal static class AttendanceStatus
{
    public const string Present = "present";
    public const string Excused = "excused";
    public const string Absent = "absent";

    public static readonly IReadOnlyList<string> All = [Present, Excused, Absent];
}
