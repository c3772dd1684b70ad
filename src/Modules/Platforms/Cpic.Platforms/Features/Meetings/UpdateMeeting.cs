using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Monitoring.Contracts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Meetings;

public sealed record UpdateMeeting(Guid MeetingId, long ExpectedVersion, MeetingInput Input);

public static class UpdateMeetingHandler
{
    /// <summary>Edits or reschedules a planned meeting; the same checks as planning it.</summary>
    public static async Task<MeetingResponse> Handle(UpdateMeeting command, IDocumentSession session, IMonitoringLocalities localities,
        CancellationToken ct)
    {
        var meeting = await PlannedMeeting.LoadAsync(session, command.MeetingId, command.ExpectedVersion, ct);
        await command.Input.ApplyToAsync(meeting, session, localities, ct);
        return MeetingResponse.Of(meeting, session.NextRevision(meeting));
    }
}

public sealed class UpdateMeetingEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/platforms/meetings/{id:guid}", (Guid id, MeetingInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<MeetingResponse>(new UpdateMeeting(id, request.ExpectedVersion(), input), response, ct))
            .Validate<MeetingInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("update-meeting")
            .WithSummary("Edit or reschedule a planned meeting (If-Match)")
            .WithDescription("Replaces title, day, time, duration, venue, agenda and localities (send back what GET gave, " +
                "changed); the rules of planning apply (422). Only a planned meeting changes: a held or cancelled one is 409. " +
                "Fetch the invitation again after a change: it keeps its UID, so calendars update the event.")
            .Produces<MeetingResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
