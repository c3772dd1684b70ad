using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Courses;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Completion;

/// <param name="AttendedPercent">Share of held sessions the client was present at.</param>
/// <param name="CertificateNumber">Set when the client completed; download it from /api/v1/courses/certificates/{number}.</param>
public sealed record CompletionOutcome(Guid ClientId, string ClientCode, bool Completed, int AttendedPercent, decimal Hours,
    string? CertificateNumber);

public sealed record CompletionResponse(Guid CourseId, int ThresholdPercent, IReadOnlyList<CompletionOutcome> Outcomes);

public sealed record CompleteCourse(Guid CourseId);

public static class CompleteCourseHandler
{
    public static async Task<(CompletionResponse, OutgoingMessages)> Handle(CompleteCourse command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        if (course.IsClosed || course.Status == CourseStatus.Planned)
        {
            throw new ConflictException(course.IsClosed ? $"The course is already {course.Status}." : "The course is still planned.");
        }

        var sessions = await session.Query<Domain.CourseSession>().Where(s => s.CourseId == course.Id && !s.Cancelled).ToListAsync(ct);
        if (sessions.Count == 0 || sessions.Any(s => !s.Held))
        {
            throw new ConflictException("Record the attendance of every session (cancel those that did not take place) before completing the course.");
        }

        var messages = new OutgoingMessages();
        var outcomes = new List<CompletionOutcome>();
        var enrolled = (await Waitlist.ActiveAsync(session, course.Id, ct)).Where(e => e.Status == EnrolmentStatus.Enrolled);
        foreach (var enrolment in enrolled)
        {
            var (completed, percent, hours) = CompletionRule.Evaluate(course, sessions, enrolment.ClientId);
            enrolment.Completed = completed;
            if (completed)
            {
                await Certificates.IssueAsync(session, course, enrolment, hours, messages, clock.Today(), ct);
            }

            session.Store(enrolment);
            outcomes.Add(new CompletionOutcome(enrolment.ClientId, enrolment.ClientCode, completed, percent, hours,
                enrolment.CertificateNumber));
        }

        course.Status = CourseStatus.Completed;
        course.Version++;
        session.UpdateRevision(course, course.Version);
        return (new CompletionResponse(course.Id, course.CompletionThresholdPercent, outcomes), messages);
    }
}

public sealed class CompleteCourseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/completion", async (Guid courseId, IMessageBus bus,
                CancellationToken ct) => Results.Ok(await bus.InvokeAsync<CompletionResponse>(new CompleteCourse(courseId), ct)))
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("complete-course").WithSummary("Complete a course and issue certificates")
            .WithDescription("Applies the course's completion rule (present at no less than completionThresholdPercent of " +
                             "the held sessions; 75 % by default, 100 % for an AIK) to every enrolled client, issues a " +
                             "numbered certificate to each who met it (CourseCompleted, CertificateIssued) and marks the " +
                             "course completed. Sessions without attendance, or a planned, completed or cancelled course, are 409.")
            .Produces<CompletionResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
