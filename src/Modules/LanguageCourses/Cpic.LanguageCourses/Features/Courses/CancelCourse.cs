using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Courses;

public sealed record CancelCourse(Guid CourseId);

public static class CancelCourseHandler
{
    public static async Task<(CourseResponse, CourseCancelled)> Handle(CancelCourse command, IDocumentSession session,
        CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        if (course.IsClosed)
        {
            throw new ConflictException($"The course is already {course.Status}.");
        }

        course.Status = CourseStatus.Cancelled;
        course.Version++;
        session.UpdateRevision(course, course.Version);
        return (CourseResponse.From(course), new CourseCancelled(course.Id, session.TenantId, CourseClock.Today));
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
                             "Cancelling a completed or cancelled course is 409.")
            .Produces<CourseResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
