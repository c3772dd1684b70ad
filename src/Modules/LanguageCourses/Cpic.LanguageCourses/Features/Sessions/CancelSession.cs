using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Sessions;

public sealed record CancelSession(Guid CourseId, Guid SessionId);

public static class CancelSessionHandler
{
    public static async Task<(SessionResponse, SessionCancelled)> Handle(CancelSession command, IDocumentSession session,
        CancellationToken ct)
    {
        await session.LockTimetableAsync(ct);
        var cancelled = await session.LoadSessionAsync(command.CourseId, command.SessionId, ct);
        cancelled.EnsureNotHeldOrCancelled();
        cancelled.Cancelled = true;
        cancelled.Version++;
        session.UpdateRevision(cancelled, cancelled.Version);
        var clients = await Timetable.EnrolledClientsAsync(session, command.CourseId, ct);
        return (SessionResponse.From(cancelled), new SessionCancelled(command.CourseId, cancelled.Id, session.TenantId,
            cancelled.Date, cancelled.Start, clients));
    }
}

public sealed class CancelSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/{{courseId:guid}}/sessions/{{sessionId:guid}}/cancellation",
                async (Guid courseId, Guid sessionId, IMessageBus bus, CancellationToken ct) =>
                    Results.Ok(await bus.InvokeAsync<SessionResponse>(new CancelSession(courseId, sessionId), ct)))
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("cancel-session").WithSummary("Cancel a session")
            .WithDescription("Cancels a session that has not taken place and publishes SessionCancelled with the enrolled " +
                             "clients to notify. Its room and lecturer become free. Held or already cancelled: 409.")
            .Produces<SessionResponse>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
