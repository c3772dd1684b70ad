using Carter;
using Cpic.BuildingBlocks;
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

namespace Cpic.LanguageCourses.Features.Enrolments;

public sealed record WithdrawClient(Guid CourseId, Guid EnrolmentId, bool PromoteNext);

public static class WithdrawClientHandler
{
    public static async Task<(EnrolmentResponse, OutgoingMessages)> Handle(WithdrawClient command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        var enrolment = await session.LoadEnrolmentAsync(command.CourseId, command.EnrolmentId, ct);
        if (enrolment.Status == EnrolmentStatus.Withdrawn || course.IsClosed)
        {
            throw new ConflictException(course.IsClosed ? $"The course is {course.Status}." : "The client has already withdrawn.");
        }

        enrolment.Status = EnrolmentStatus.Withdrawn;
        enrolment.WithdrewOn = clock.Today();
        session.Store(enrolment);
        var messages = new OutgoingMessages { new ClientWithdrew(course.Id, enrolment.ClientId, session.TenantId, enrolment.WithdrewOn.Value) };
        if (command.PromoteNext)
        {
            messages.AddRange(await Waitlist.PromoteAsync(session, course, enrolment.WithdrewOn.Value, ct, enrolment.Id));
        }

        return (EnrolmentResponse.From(enrolment), messages);
    }
}

public sealed class WithdrawClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/enrolments/{{enrolmentId:guid}}/withdrawal",
                async (Guid courseId, Guid enrolmentId, bool? promoteNext, IMessageBus bus, CancellationToken ct) =>
                    Results.Ok(await bus.InvokeAsync<EnrolmentResponse>(
                        new WithdrawClient(courseId, enrolmentId, promoteNext ?? true), ct)))
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("withdraw-client").WithSummary("Withdraw a client from a course")
            .WithDescription("The client leaves the course or its waitlist (ClientWithdrew). The freed place goes to the " +
                             "first on the waitlist (ClientPromotedFromWaitlist) unless promoteNext=false, which keeps " +
                             "it free for an out-of-order promotion. Already withdrawn, or a closed course: 409.")
            .Produces<EnrolmentResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
