using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Courses;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Sessions;

public sealed record RescheduleSession(Guid CourseId, Guid SessionId, SessionInput Input, long ExpectedVersion);

public static class RescheduleSessionHandler
{
    public static async Task<(SessionResponse, SessionRescheduled)> Handle(RescheduleSession command,
        IDocumentSession session, CancellationToken ct)
    {
        await session.LockTimetableAsync(ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        var moved = await session.LoadSessionAsync(command.CourseId, command.SessionId, ct);
        if (moved.Version != command.ExpectedVersion)
        {
            throw PreconditionFailedException.Stale("session", moved.Version);
        }

        moved.EnsureNotHeldOrCancelled();
        var (previousDate, previousStart) = (moved.Date, moved.Start);
        await Timetable.PlaceAsync(session, course, moved, command.Input, ct);
        moved.Version++;
        session.UpdateRevision(moved, moved.Version);
        var clients = await Timetable.EnrolledClientsAsync(session, course.Id, ct);
        return (SessionResponse.From(moved), new SessionRescheduled(course.Id, moved.Id, session.TenantId, moved.Date,
            moved.Start, moved.DurationMinutes, previousDate, previousStart, clients));
    }
}

public sealed class RescheduleSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/sessions/{{sessionId:guid}}", async (Guid courseId,
                Guid sessionId, SessionInput input, HttpRequest request, HttpResponse response, IMessageBus bus,
                CancellationToken ct) =>
            {
                var command = new RescheduleSession(courseId, sessionId, input, request.ExpectedVersion());
                var moved = await bus.InvokeAsync<SessionResponse>(command, ct);
                response.SetETag(moved.Version);
                return Results.Ok(moved);
            })
            .Validate<SessionInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("reschedule-session").WithSummary("Move a session (If-Match)")
            .WithDescription("Changes a session's date, time, room or lecturer under the same rules as scheduling, and " +
                             "publishes SessionRescheduled with the enrolled clients to notify. A session already held " +
                             "or cancelled is 409.")
            .Produces<SessionResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(ProblemTypes.TimetableClash).RequiresIfMatch();
}
