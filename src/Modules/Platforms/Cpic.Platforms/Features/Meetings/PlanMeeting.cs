using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Contracts;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Meetings;

public sealed record PlanMeeting(MeetingInput Input);

public static class PlanMeetingHandler
{
    public static async Task<MeetingResponse> Handle(PlanMeeting command, IDocumentSession session, IMonitoringLocalities localities,
        CancellationToken ct)
    {
        var meeting = new Meeting { Id = Guid.CreateVersion7(), Version = 1 };
        await command.Input.ApplyToAsync(meeting, session, localities, ct);
        session.Insert(meeting);
        return MeetingResponse.Of(meeting, 1);
    }
}

public sealed class PlanMeetingEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/meetings", (MeetingInput input, HttpResponse response, IMessageBus bus,
                CancellationToken ct) =>
                bus.CreatedAsync<MeetingResponse>(new PlanMeeting(input), response, m => $"/api/v1/platforms/meetings/{m.Id}", ct))
            .Validate<MeetingInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("plan-meeting")
            .WithSummary("Plan a meeting of a body, or a bilateral meeting with actors")
            .WithDescription("The meeting starts `planned`; close it when held (`POST /meetings/{id}/close`) or cancel it. " +
                "The body, the actors and a workplace venue must be the centre's (422). Agenda themes come from " +
                "/api/v1/platforms/codes/themes. Get the invitation as iCalendar at `/meetings/{id}/invitation.ics`.")
            .Produces<MeetingResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status400BadRequest);
}
