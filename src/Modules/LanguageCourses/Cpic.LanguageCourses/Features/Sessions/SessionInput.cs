using Cpic.BuildingBlocks;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using FluentValidation;

namespace Cpic.LanguageCourses.Features.Sessions;

/// <summary>A session's time and place.</summary>
/// <param name="Date" example="2026-09-08">Within the course dates (else 422).</param>
/// <param name="Start" example="17:00">Local start time, <c>HH:mm</c>.</param>
/// <param name="DurationMinutes" example="90">Length in minutes (1–720).</param>
/// <param name="Room" example="učebna 2">Room at the course's venue; one room holds one session at a time.</param>
/// <param name="Lecturer" example="Mgr. Jana Nováková">Who teaches it; a lecturer teaches one session at a time across the centre (names compared ignoring case and spacing).</param>
public sealed record SessionInput(DateOnly? Date, string Start, int? DurationMinutes, string Room, string Lecturer) : WithheldFromLogs
{
    internal TimeOnly StartTime => TimeOfDay.Parse(Start);

    internal sealed class Validator : AbstractValidator<SessionInput>
    {
        public Validator()
        {
            RuleFor(s => s.Date).NotNull();
            RuleFor(s => s.Start).Must(TimeOfDay.IsValid)
                .WithMessage("start is a time of day as HH:mm.");
            RuleFor(s => s.DurationMinutes).NotNull().InclusiveBetween(1, 720).WithMessage("Duration must be 1 to 720 minutes.");
            RuleFor(s => s.DurationMinutes).Must((s, minutes) => s.StartTime.ToTimeSpan().TotalMinutes + minutes <= 24 * 60)
                .When(s => TimeOfDay.IsValid(s.Start) && s.DurationMinutes is >= 1 and <= 720)
                .WithMessage("A session ends on its day: start plus durationMinutes must not pass midnight.");
            RuleFor(s => s.Room).NotEmpty().MaximumLength(100);
            RuleFor(s => s.Lecturer).NotEmpty().MaximumLength(200);
        }
    }
}

/// <param name="Start" example="17:00">Local start time, <c>HH:mm</c>.</param>
/// <param name="Held">Attendance was recorded: the session took place.</param>
/// <param name="Attendance">The recorded attendance (present, excused, absent) per client.</param>
public sealed record SessionResponse(
    Guid Id, Guid CourseId, DateOnly Date, string Start, int DurationMinutes, string Room, string Lecturer,
    bool Cancelled, bool Held, IReadOnlyList<AttendanceEntry> Attendance, int? UnregisteredAudience, int Version)
{
    internal static SessionResponse From(CourseSession s) => new(
        s.Id, s.CourseId, s.Date, TimeOfDay.Write(s.Start), s.DurationMinutes,
        s.Room, s.Lecturer, s.Cancelled, s.Held, [.. s.Attendance.Select(a => new AttendanceEntry(a.Key, a.Value))],
        s.UnregisteredAudience, s.Version);
}
