using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Courses;

public sealed class GetCourseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}", async (Guid courseId, HttpResponse response,
                IQuerySession session, CancellationToken ct) =>
            {
                var course = await session.LoadCourseAsync(courseId, ct);
                response.SetETag(course.Version);
                return Results.Ok(await WithCountsAsync(session, course, ct));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("get-course").WithSummary("Get a course")
            .WithDescription("A course of the caller's centre with its current enrolled and waitlisted counts; the ETag " +
                             "is needed (If-Match) to edit it. A course of another centre is 404.")
            .Produces<CourseResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<CourseResponse> WithCountsAsync(IQuerySession session, LanguageCourse course, CancellationToken ct)
    {
        var statuses = await session.Query<CourseEnrolment>().Where(e => e.CourseId == course.Id)
            .Select(e => e.Status).ToListAsync(ct);
        return CourseResponse.From(course, statuses.Count(s => s == EnrolmentStatus.Enrolled),
            statuses.Count(s => s == EnrolmentStatus.Waitlisted));
    }
}

internal static class CourseLookup
{
    public static async Task<LanguageCourse> LoadCourseAsync(this IQuerySession session, Guid courseId, CancellationToken ct) =>
        await session.LoadAsync<LanguageCourse>(courseId, ct) ?? throw new NotFoundException("Course", courseId.ToString());
}
