using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Courses;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Enrolments;

public sealed class ListEnrolmentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/enrolments", async (Guid courseId, string? status,
                int? limit, string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                if (status is not null and not (EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted or EnrolmentStatus.Withdrawn))
                {
                    throw new UnprocessableException("status", "status is enrolled, waitlisted or withdrawn.");
                }

                var page = PageRequest.From(limit, cursor);
                var after = page.After<long?>() ?? 0;
                await session.LoadCourseAsync(courseId, ct);
                var query = session.Query<CourseEnrolment>().Where(e => e.CourseId == courseId && e.Arrival > after);
                query = status is null ? query : query.Where(e => e.Status == status);
                var rows = await query.OrderBy(e => e.Arrival).Take(page.Limit + 1).ToListAsync(ct);
                var waitlist = (await session.Query<CourseEnrolment>()
                    .Where(e => e.CourseId == courseId && e.Status == EnrolmentStatus.Waitlisted)
                    .OrderBy(e => e.Arrival).Select(e => e.Arrival).ToListAsync(ct)).ToList();
                await request.HttpContext.RecordClientsAsync(rows.Take(page.Limit).Select(e => e.ClientId), "courses.enrolments", ct);
                return Results.Ok(page.ToPage(rows, e => (long?)e.Arrival,
                    e => EnrolmentResponse.From(e, waitlist.IndexOf(e.Arrival) + 1), request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("list-enrolments").WithSummary("A course's enrolments and waitlist")
            .WithDescription("Enrolments in arrival order (keyset paging), optionally of one status (enrolled, " +
                             "waitlisted, withdrawn; another value is 422). Waitlisted items carry their current position.")
            .Produces<Page<EnrolmentResponse>>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
