using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Courses;

public sealed record UpdateCourse(Guid CourseId, CourseInput Input, long ExpectedVersion);

public static class UpdateCourseHandler
{
    /// <summary>Under the course lock, so a capacity change and concurrent enrolments see the same seat count.</summary>
    public static async Task<(CourseResponse, OutgoingMessages)> Handle(UpdateCourse command, IDocumentSession session,
        CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        if (course.Version != command.ExpectedVersion)
        {
            throw PreconditionFailedException.Stale("course", course.Version);
        }

        if (course.IsClosed)
        {
            throw new ConflictException($"The course is {course.Status} and can no longer be edited.");
        }

        CourseStatus.EnsureForward(course.Status, command.Input.Status);
        var enrolled = (await Waitlist.ActiveAsync(session, course.Id, ct)).Count(e => e.Status == EnrolmentStatus.Enrolled);
        if (command.Input.Capacity < enrolled)
        {
            throw new UnprocessableException("capacity", $"{enrolled} clients are enrolled; capacity cannot be lower.");
        }

        var input = command.Input;
        var (startsOn, endsOn) = (input.StartsOn!.Value, input.EndsOn!.Value);
        if (await session.Query<CourseSession>().AnyAsync(s => s.CourseId == course.Id && !s.Cancelled
                && (s.Date < startsOn || s.Date > endsOn), ct))
        {
            throw new UnprocessableException("startsOn", "Some sessions fall outside the new course dates; move them first.");
        }

        await input.ApplyToAsync(course, session, ct);
        course.Version++;
        session.UpdateRevision(course, course.Version);
        var promoted = await Waitlist.PromoteAsync(session, course, ct);
        // Published again so that consumers (Monitoring) see the corrected type, level, town or capacity.
        var messages = new OutgoingMessages { course.Scheduled(session.TenantId) };
        messages.AddRange(promoted);
        return (CourseResponse.From(course), messages);
    }
}

public sealed class UpdateCourseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}", async (Guid courseId, CourseInput input,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var command = new UpdateCourse(courseId, input, request.ExpectedVersion());
                var course = await bus.InvokeAsync<CourseResponse>(command, ct);
                response.SetETag(course.Version);
                return Results.Ok(course);
            })
            .Validate<CourseInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("update-course").WithSummary("Edit a course (If-Match)")
            .WithDescription("Replaces the course's details and publishes CourseScheduled again with the new values. " +
                             "Raising the capacity promotes waitlisted clients in arrival order (ClientPromotedFromWaitlist); " +
                             "capacity below the current enrolment is 422, and so are dates that would leave sessions " +
                             "outside the course. Status only moves forward (planned → open → running; omitted keeps it): " +
                             "going back is 409, and so is editing a completed or cancelled course.")
            .Produces<CourseResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).RequiresIfMatch();
}
