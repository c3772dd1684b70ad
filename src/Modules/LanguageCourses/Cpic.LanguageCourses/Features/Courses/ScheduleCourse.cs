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

public sealed record ScheduleCourse(CourseInput Input);

public static class ScheduleCourseHandler
{
    public static async Task<(CourseResponse, OutgoingMessages)> Handle(ScheduleCourse command, IDocumentSession session,
        CancellationToken ct)
    {
        var course = new LanguageCourse { Id = Guid.CreateVersion7() };
        await command.Input.ApplyToAsync(course, session, ct);
        course.Version = 1;
        session.Insert(course);
        return (CourseResponse.From(course), [course.Scheduled(session.TenantId)]);
    }
}

public sealed class ScheduleCourseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost(LanguageCoursesModule.BasePath, async (CourseInput input, HttpResponse response, IMessageBus bus,
                CancellationToken ct) =>
            {
                var course = await bus.InvokeAsync<CourseResponse>(new ScheduleCourse(input), ct);
                response.SetETag(course.Version);
                return Results.Created($"{LanguageCoursesModule.BasePath}/{course.Id}", course);
            })
            .Validate<CourseInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("schedule-course").WithSummary("Schedule a course")
            .WithDescription("Creates a course of the caller's centre (Czech, SKK, AIK, PC or other) and publishes " +
                             "CourseScheduled. Unknown type, level or language and a workplace of another centre are 422.")
            .Produces<CourseResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status409Conflict);
}
