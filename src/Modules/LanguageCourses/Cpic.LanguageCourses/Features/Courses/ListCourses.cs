using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Courses;

public sealed class ListCoursesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet(LanguageCoursesModule.BasePath, async (string? status, string? courseType, string? workplace, int? limit,
                string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                if (status is not null && !CourseStatus.All.Contains(status))
                {
                    throw new UnprocessableException("status", $"status is one of {string.Join(", ", CourseStatus.All)}.");
                }

                if (courseType is not null && !CodeLists.CourseTypes.Contains(courseType))
                {
                    throw new UnprocessableException("courseType", "courseType is a code from /api/v1/reference/course-types.");
                }

                var page = PageRequest.From(limit, cursor);
                var after = page.After<Guid?>() ?? Guid.Empty;
                var query = session.Query<LanguageCourse>().Where(c => c.Id > after);
                query = status is null ? query : query.Where(c => c.Status == status);
                query = courseType is null ? query : query.Where(c => c.CourseType == courseType);
                query = workplace is null ? query : query.Where(c => c.Workplace == workplace);
                var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, c => (Guid?)c.Id, c => CourseResponse.From(c), request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("list-courses").WithSummary("List the centre's courses")
            .WithDescription("Courses of the caller's centre, oldest first (keyset paging), filtered by status, course type " +
                             "or workplace. Enrolled and waitlisted counts are given by get-course.")
            .Produces<Page<CourseResponse>>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
