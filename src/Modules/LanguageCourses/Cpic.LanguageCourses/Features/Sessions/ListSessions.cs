using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Courses;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Sessions;

public sealed class ListSessionsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/sessions", async (Guid courseId,
                HttpContext http, IQuerySession session, CancellationToken ct) =>
            {
                await session.LoadCourseAsync(courseId, ct);
                var sessions = await session.Query<CourseSession>().Where(s => s.CourseId == courseId)
                    .OrderBy(s => s.Date).ThenBy(s => s.Id).ToListAsync(ct);
                await http.RecordClientsAsync(sessions.SelectMany(s => s.Attendance.Keys), "courses.attendance", ct);
                return Results.Ok(sessions.OrderBy(s => s.StartsAt).Select(SessionResponse.From).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("list-sessions").WithSummary("A course's timetable")
            .WithDescription("All sessions of a course in time order, cancelled ones included (a course has tens of " +
                             "sessions, so the list is not paged). Each item's version is the ETag to move it.")
            .Produces<IReadOnlyList<SessionResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
}
