using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Enrolments;

/// <param name="ClientId" example="0193a1f2-6c1e-7d3a-9b4f-2e8c5a7d1b30">Id of an identified client of the caller's centre (from the Clients module).</param>
internal sealed record EnrolmentRequest(Guid? ClientId)
{
    internal sealed class Validator : AbstractValidator<EnrolmentRequest>
    {
        public Validator() => RuleFor(r => r.ClientId).NotEmpty();
    }
}

public sealed record EnrolClient(Guid CourseId, Guid ClientId);

public static class EnrolClientHandler
{
    public static async Task<(EnrolmentResponse, OutgoingMessages)> Handle(EnrolClient command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<LanguageCourse>(command.CourseId, ct) is null)
        {
            throw new NotFoundException("Course", command.CourseId.ToString());
        }

        var (enrolment, position, message) = await Enrolling.EnrolAsync(session, command.CourseId, command.ClientId, null, clock.Today(), ct);
        return (EnrolmentResponse.From(enrolment, position), [message]);
    }
}

public sealed class EnrolClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/enrolments", async (Guid courseId,
                EnrolmentRequest request, IMessageBus bus, CancellationToken ct) =>
            {
                var enrolment = await bus.InvokeAsync<EnrolmentResponse>(new EnrolClient(courseId, request.ClientId!.Value), ct);
                return Results.Created($"{LanguageCoursesModule.BasePath}/{courseId}/enrolments/{enrolment.Id}", enrolment);
            })
            .Validate<EnrolmentRequest>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("enrol-client").WithSummary("Enrol a client (or waitlist)")
            .WithDescription("Gives the client a place while one is free and nobody is waiting (ClientEnrolled), else a " +
                             "place on the waitlist (ClientWaitlisted, with its position). Enrolments of a course are " +
                             "serialised, so the course never overbooks; arrival order is the order they were accepted. " +
                             "Enrolling twice, a course that is not open (planned, completed, cancelled) or outside its " +
                             "enrolment window is 409; a client unknown to the centre (another centre's), anonymous, " +
                             "anonymised or merged is 422.")
            .Produces<EnrolmentResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
