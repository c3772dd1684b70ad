using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Meetings;

/// <summary>Why the meeting will not take place.</summary>
/// <param name="Reason" example="The regional office asked to move it to January">At most 500 characters.</param>
public sealed record CancellationInput(string Reason) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<CancellationInput>
    {
        public Validator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed record CancelMeeting(Guid MeetingId, long ExpectedVersion, CancellationInput Input);

public static class CancelMeetingHandler
{
    public static async Task<MeetingResponse> Handle(CancelMeeting command, IDocumentSession session, CancellationToken ct)
    {
        var meeting = await PlannedMeeting.LoadAsync(session, command.MeetingId, command.ExpectedVersion, ct);
        meeting.Status = MeetingStatuses.Cancelled;
        meeting.CancellationReason = command.Input.Reason.Trim();
        return MeetingResponse.Of(meeting, session.NextRevision(meeting));
    }
}

/// <summary>A meeting that is still planned: 404 when not the centre's, 412 when stale, 409 when held or cancelled already.</summary>
internal static class PlannedMeeting
{
    public static async Task<Meeting> LoadAsync(IDocumentSession session, Guid id, long expectedVersion, CancellationToken ct)
    {
        var meeting = await session.LoadForUpdateAsync<Meeting>(id, expectedVersion, "Meeting", ct);
        return meeting.Status == MeetingStatuses.Planned ? meeting
            : throw new ConflictException($"The meeting is {meeting.Status} already; only a planned meeting can be changed, closed or cancelled.");
    }
}

public sealed class CancelMeetingEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/meetings/{id:guid}/cancel", (Guid id, CancellationInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<MeetingResponse>(new CancelMeeting(id, request.ExpectedVersion(), input), response, ct))
            .Validate<CancellationInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("cancel-meeting")
            .WithSummary("Cancel a planned meeting (If-Match)")
            .WithDescription("planned → cancelled, with a reason. A held or cancelled meeting is 409.")
            .Produces<MeetingResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
