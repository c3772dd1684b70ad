using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Courses;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Sessions;

public sealed record ScheduleSession(Guid CourseId, SessionInput Input);

public static class ScheduleSessionHandler
{
    public static async Task<SessionResponse> Handle(ScheduleSession command, IDocumentSession session, CancellationToken ct)
    {
        await session.LockTimetableAsync(ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        var placed = new CourseSession { Id = Guid.CreateVersion7(), CourseId = course.Id, Version = 1 };
        await Timetable.PlaceAsync(session, course, placed, command.Input, ct);
        session.Insert(placed);
        return SessionResponse.From(placed);
    }
}

public sealed class ScheduleSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/sessions", async (Guid courseId, SessionInput input,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var created = await bus.InvokeAsync<SessionResponse>(new ScheduleSession(courseId, input), ct);
                response.SetETag(created.Version);
                return Results.Created($"{LanguageCoursesModule.BasePath}/{courseId}/sessions/{created.Id}", created);
            })
            .Validate<SessionInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("schedule-session").WithSummary("Add a session to a course")
            .WithDescription("A session must fall within the course's dates (422). A lecturer or a room at the same venue " +
                             "cannot hold two sessions at once, nor can one course (409, naming the conflicting session).")
            .Produces<SessionResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.TimetableClash);
}
