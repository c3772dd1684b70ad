using Cpic.BuildingBlocks.Http;
using JasperFx;

namespace Cpic.LanguageCourses.Domain;

/// <summary>
/// A course (kurz) of a centre: Czech language, socio-cultural orientation (SKK), adaptation-integration (AIK),
/// PC or other. Enrolments, sessions and certificates are separate documents pointing at it.
/// </summary>
internal sealed class LanguageCourse : IRevisioned
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string CourseType { get; set; } = "";
    public string? Level { get; set; }
    public string Language { get; set; } = "cs";
    public string Workplace { get; set; } = "";
    public CourseVenue Venue { get; set; } = new("workplace", null, "", false);
    public List<CourseLecturer> Lecturers { get; set; } = [];
    public int Capacity { get; set; }
    public DateOnly EnrolmentOpensOn { get; set; }
    public DateOnly EnrolmentClosesOn { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? FundingSource { get; set; }
    public string Status { get; set; } = CourseStatus.Planned;
    public int CompletionThresholdPercent { get; set; }
    public int Version { get; set; }

    public bool IsClosed => Status is CourseStatus.Completed or CourseStatus.Cancelled;
}

/// <summary>Where a course takes place: a workplace of the centre, or an outside venue (dormitory, school...).</summary>
internal sealed record CourseVenue(string Kind, string? Name, string Town, bool OutsideHomeDistrict);

/// <summary>A lecturer by name; <c>External</c> when not on the centre's staff. The name is what double booking compares.</summary>
internal sealed record CourseLecturer(string Name, bool External);

internal static class CourseStatus
{
    public const string Planned = "planned";
    public const string Open = "open";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    /// <summary>The statuses staff set by editing the course; completed and cancelled have their own actions.</summary>
    public static readonly IReadOnlyList<string> Editable = [Planned, Open, Running];

    public static readonly IReadOnlyList<string> All = [Planned, Open, Running, Completed, Cancelled];

    /// <summary>An edit may keep the status or move it forward; going back would strand enrolled clients (409).</summary>
    public static void EnsureForward(string current, string? requested)
    {
        if (requested is not null && Rank(requested) < Rank(current))
        {
            throw new ConflictException($"A {current} course cannot go back to {requested}.");
        }
    }

    private static int Rank(string status) => status switch { Planned => 0, Open => 1, _ => 2 };
}

internal static class CefrLevels
{
    public static readonly IReadOnlyList<string> All = ["A0", "A1", "A2", "B1", "B2"];
}
