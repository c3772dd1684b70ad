using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Courses;

public sealed record CancelCourse(Guid CourseId);

public static class CancelCourseHandler
{
    /// <summary>Sessions that have not taken place are cancelled too: their rooms and lecturers become free.</summary>
    public static async Task<(CourseResponse, OutgoingMessages)> Handle(CancelCourse command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        await session.LockTimetableAsync(ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        if (course.IsClosed)
        {
            throw new ConflictException($"The course is already {course.Status}.");
        }

        course.Status = CourseStatus.Cancelled;
        course.Version++;
        session.UpdateRevision(course, course.Version);
        var messages = new OutgoingMessages { new CourseCancelled(course.Id, session.TenantId, clock.Today()) };
        var clients = await Timetable.EnrolledClientsAsync(session, course.Id, ct);
        var pending = await session.Query<CourseSession>().Where(s => s.CourseId == course.Id && !s.Cancelled && !s.Held)
            .ToListAsync(ct);
        foreach (var dropped in pending)
        {
            dropped.Cancelled = true;
            dropped.Version++;
            session.UpdateRevision(dropped, dropped.Version);
            if (dropped.Date >= clock.Today())
            {
                messages.Add(new SessionCancelled(course.Id, dropped.Id, session.TenantId, dropped.Date, dropped.Start, clients));
            }
        }

        return (CourseResponse.From(course), messages);
    }
}

public sealed class CancelCourseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/cancellation", async (Guid courseId,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var course = await bus.InvokeAsync<CourseResponse>(new CancelCourse(courseId), ct);
                response.SetETag(course.Version);
                return Results.Ok(course);
            })
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("cancel-course").WithSummary("Cancel a course")
            .WithDescription("Cancels the course (CourseCancelled); no further enrolments, sessions or attendance. " +
                             "Its sessions that have not taken place are cancelled too, freeing their rooms and lecturers, " +
                             "each upcoming one with SessionCancelled naming the enrolled clients to notify. Cancelling a completed or " +
                             "cancelled course is 409.")
            .Produces<CourseResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
