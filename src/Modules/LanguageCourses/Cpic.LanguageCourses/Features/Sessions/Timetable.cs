using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;

namespace Cpic.LanguageCourses.Features.Sessions;

/// <summary>The rules a session's time and place must meet. Callers hold the centre's timetable lock.</summary>
internal static class Timetable
{
    public static async Task PlaceAsync(IDocumentSession session, LanguageCourse course, CourseSession placed,
        SessionInput input, CancellationToken ct)
    {
        if (course.IsClosed)
        {
            throw new ConflictException($"The course is {course.Status}; its timetable cannot change.");
        }

        if (input.Date < course.StartsOn || input.Date > course.EndsOn)
        {
            throw new UnprocessableException("date", $"The session must fall within the course ({course.StartsOn:yyyy-MM-dd} to {course.EndsOn:yyyy-MM-dd}).");
        }

        placed.Date = input.Date!.Value;
        placed.Start = input.StartTime;
        placed.DurationMinutes = input.DurationMinutes!.Value;
        placed.Room = input.Room;
        placed.Lecturer = input.Lecturer;
        placed.Venue = course.Venue.Name ?? course.Workplace;
        await EnsureFreeAsync(session, placed, ct);
    }

    /// <summary>409 when the course, the lecturer or the room already has a session at that time.</summary>
    private static async Task EnsureFreeAsync(IDocumentSession session, CourseSession placed, CancellationToken ct)
    {
        // Sessions last at most 12 hours, so only one crossing midnight from the day before can reach into this one.
        var (from, to) = (placed.Date.AddDays(-1), DateOnly.FromDateTime(placed.EndsAt));
        var near = await session.Query<CourseSession>()
            .Where(s => s.Date >= from && s.Date <= to && !s.Cancelled && s.Id != placed.Id).ToListAsync(ct);
        var clash = near.Where(s => s.Overlaps(placed.StartsAt, placed.EndsAt)).OrderBy(s => s.StartsAt).ToList();
        if (clash.Find(s => s.CourseId == placed.CourseId) is { } own)
        {
            throw Conflict("The course already has a session at that time.", own);
        }

        var lecturer = Collapsed(placed.Lecturer);
        if (clash.Find(s => string.Equals(Collapsed(s.Lecturer), lecturer, StringComparison.OrdinalIgnoreCase)) is { } taught)
        {
            throw Conflict($"{placed.Lecturer} already teaches another session at that time.", taught);
        }

        if (clash.Find(s => s.Venue == placed.Venue && string.Equals(s.Room, placed.Room, StringComparison.OrdinalIgnoreCase)) is { } room)
        {
            throw Conflict($"Room '{placed.Room}' is already booked at that time.", room);
        }
    }

    /// <summary>A name as double booking compares it: "Mgr.  Jana Nováková " is the same lecturer as "Mgr. Jana Nováková".</summary>
    private static string Collapsed(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static ConflictException Conflict(string detail, CourseSession existing) =>
        new(ProblemTypes.TimetableClash, detail, new Dictionary<string, object?> { ["conflictingSessionId"] = existing.Id, ["conflictingCourseId"] = existing.CourseId });

    public static async Task<List<Guid>> EnrolledClientsAsync(IQuerySession session, Guid courseId, CancellationToken ct) =>
        [.. (await Waitlist.ActiveAsync(session, courseId, ct)).Where(e => e.Status == EnrolmentStatus.Enrolled).Select(e => e.ClientId)];
}
