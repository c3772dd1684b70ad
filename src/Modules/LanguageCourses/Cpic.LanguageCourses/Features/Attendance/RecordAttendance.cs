using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Courses;
using Cpic.LanguageCourses.Features.Sessions;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Attendance;

/// <param name="Entries">Attendance of enrolled clients; it replaces what was recorded for the session before.</param>
/// <param name="UnregisteredAudience" example="14">SKK only: listeners who are not registered clients (a count).</param>
public sealed record AttendanceInput(IReadOnlyList<AttendanceEntryInput> Entries, int? UnregisteredAudience)
{
    internal List<AttendanceEntry> ToEntries() => [.. Entries.Select(e => new AttendanceEntry(e.ClientId!.Value, e.Status))];

    internal sealed class Validator : AbstractValidator<AttendanceInput>
    {
        public Validator()
        {
            RuleFor(a => a.Entries).NotNull();
            RuleForEach(a => a.Entries).NotNull().ChildRules(e =>
            {
                e.RuleFor(x => x.ClientId).NotEmpty();
                e.RuleFor(x => x.Status).Must(AttendanceStatus.All.Contains).WithMessage("Status must be present, excused or absent.");
            });
            RuleFor(a => a.Entries).Must(e => e.Where(x => x is not null).Select(x => x.ClientId).Distinct().Count() == e.Count(x => x is not null))
                .When(a => a.Entries is not null).WithMessage("A client may appear only once.");
            RuleFor(a => a.UnregisteredAudience).GreaterThanOrEqualTo(0);
        }
    }
}

/// <param name="ClientId" example="0193a1f2-6c1e-7d3a-9b4f-2e8c5a7d1b30">An enrolled client of the course.</param>
/// <param name="Status" example="present">present, excused or absent.</param>
public sealed record AttendanceEntryInput(Guid? ClientId, string Status);

/// <summary>What the handler answers: the attendance recorded and the session's new version (its ETag).</summary>
public sealed record RecordedAttendance(AttendanceInput Attendance, long Version);

public sealed record RecordAttendance(Guid CourseId, Guid SessionId, AttendanceInput Input, long ExpectedVersion);

public static class RecordAttendanceHandler
{
    public static async Task<(RecordedAttendance, OutgoingMessages)> Handle(RecordAttendance command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        var held = await session.LoadSessionAsync(command.CourseId, command.SessionId, ct);
        if (held.Version != command.ExpectedVersion)
        {
            throw PreconditionFailedException.Stale("session", held.Version);
        }

        if (course.IsClosed || course.Status == CourseStatus.Planned || held.Cancelled || held.Date > clock.Today())
        {
            throw new ConflictException(held.Date > clock.Today() ? "The session has not taken place yet."
                : course.Status == CourseStatus.Planned ? "The course is still planned; open it first."
                : "The course or the session is closed.");
        }

        var entries = command.Input.ToEntries();
        await EnsureEnrolledAsync(session, course, entries, command.Input.UnregisteredAudience, ct);
        var messages = new OutgoingMessages();
        if (!held.Held || held.UnregisteredAudience != command.Input.UnregisteredAudience)
        {
            // Again when a correction changes the SKK audience: consumers upsert by session id.
            messages.Add(new SessionHeld(course.Id, held.Id, session.TenantId, held.Date, held.Hours, command.Input.UnregisteredAudience));
        }

        held.Held = true;
        held.Attendance = entries.ToDictionary(e => e.ClientId, e => e.Status);
        held.UnregisteredAudience = command.Input.UnregisteredAudience;

        held.Version++;
        session.UpdateRevision(held, held.Version);
        messages.Add(new Contracts.AttendanceRecorded(course.Id, held.Id, session.TenantId, held.Date, entries));
        return (new RecordedAttendance(command.Input, held.Version), messages);
    }

    /// <summary>422 for a client who holds no place in the course, and for an audience count outside an SKK.</summary>
    private static async Task EnsureEnrolledAsync(IQuerySession session, LanguageCourse course,
        List<AttendanceEntry> entries, int? unregisteredAudience, CancellationToken ct)
    {
        var enrolled = (await Waitlist.ActiveAsync(session, course.Id, ct))
            .Where(e => e.Status == EnrolmentStatus.Enrolled).Select(e => e.ClientId).ToHashSet();
        var errors = entries.Select((e, i) => (e, i)).Where(x => !enrolled.Contains(x.e.ClientId))
            .ToDictionary(x => $"entries[{x.i}].clientId", x => new[] { "The client is not enrolled in this course." });
        if (unregisteredAudience is not null && CodeLists.CourseTypes.Find(course.CourseType)?.Category != "socio-cultural")
        {
            errors["unregisteredAudience"] = ["Only socio-cultural (SKK) lectures count an unregistered audience."];
        }

        if (errors.Count > 0)
        {
            throw new UnprocessableException(errors);
        }
    }
}

public sealed class RecordAttendanceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/sessions/{{sessionId:guid}}/attendance",
                async (Guid courseId, Guid sessionId, AttendanceInput input, HttpRequest request, HttpResponse response,
                    IMessageBus bus, CancellationToken ct) =>
                {
                    var command = new RecordAttendance(courseId, sessionId, input, request.ExpectedVersion());
                    var (recorded, version) = await bus.InvokeAsync<RecordedAttendance>(command, ct);
                    response.SetETag(version);
                    return Results.Ok(recorded);
                })
            .Validate<AttendanceInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("record-attendance").WithSummary("Record a session's attendance in bulk (If-Match)")
            .WithDescription("Sets present, excused or absent for the enrolled clients of a session that has taken place, " +
                             "replacing the previous record (AttendanceRecorded; the first time, or when the SKK audience " +
                             "changes, also SessionHeld with the hours and audience). A client not enrolled is 422 (errors " +
                             "per entry); a future or cancelled session, or a planned, completed or cancelled course, is " +
                             "409. Clients left out count as not present. If-Match is the session's ETag (its version in the " +
                             "timetable); the answer's ETag is the new one.")
            .Produces<AttendanceInput>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).RequiresIfMatch();
}
