using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Courses;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Enrolments;

/// <param name="Reason" example="Potřebuje zkoušku z češtiny k trvalému pobytu do konce října.">Why this client goes ahead of the waitlist order (recorded on the enrolment).</param>
internal sealed record PromotionRequest(string Reason)
{
    internal sealed class Validator : AbstractValidator<PromotionRequest>
    {
        public Validator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed record PromoteClient(Guid CourseId, Guid EnrolmentId, string Reason)
{
    /// <summary>Without the reason (free text): a failed command is logged with its text.</summary>
    public override string ToString() => $"{nameof(PromoteClient)} {{ CourseId = {CourseId}, EnrolmentId = {EnrolmentId} }}";
}

public static class PromoteClientHandler
{
    public static async Task<(EnrolmentResponse, ClientPromotedFromWaitlist)> Handle(PromoteClient command,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        var course = await session.LoadCourseAsync(command.CourseId, ct);
        var enrolment = await session.LoadEnrolmentAsync(command.CourseId, command.EnrolmentId, ct);
        var active = await Waitlist.ActiveAsync(session, course.Id, ct);
        if (enrolment.Status != EnrolmentStatus.Waitlisted)
        {
            throw new ConflictException("Only a waitlisted client can be promoted.");
        }

        if (active.Count(e => e.Status == EnrolmentStatus.Enrolled) >= course.Capacity)
        {
            throw new ConflictException("The course is full. Free a place first (withdrawal with promoteNext=false, or a higher capacity).");
        }

        var outOfOrder = active.First(e => e.Status == EnrolmentStatus.Waitlisted).Id != enrolment.Id;
        Waitlist.Promote(session, enrolment, command.Reason, clock.Today());
        return (EnrolmentResponse.From(enrolment),
            new ClientPromotedFromWaitlist(course.Id, enrolment.ClientId, session.TenantId, clock.Today(), outOfOrder));
    }
}

public sealed class PromoteClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/enrolments/{{enrolmentId:guid}}/promotion",
                async (Guid courseId, Guid enrolmentId, PromotionRequest request, IMessageBus bus, CancellationToken ct) =>
                    Results.Ok(await bus.InvokeAsync<EnrolmentResponse>(new PromoteClient(courseId, enrolmentId, request.Reason), ct)))
            .Validate<PromotionRequest>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("promote-client").WithSummary("Promote a waitlisted client out of order")
            .WithDescription("Staff give a free place to a chosen waitlisted client, with a recorded reason " +
                             "(ClientPromotedFromWaitlist, outOfOrder when others waited longer). The course never " +
                             "overbooks: with no free place this is 409. Not waitlisted: 409.")
            .Produces<EnrolmentResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
