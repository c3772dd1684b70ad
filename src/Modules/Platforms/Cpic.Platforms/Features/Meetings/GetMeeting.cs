using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Cpic.Platforms.Features.FollowUp;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Meetings;

public sealed class GetMeetingEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/meetings/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                TimeProvider clock, CancellationToken ct) =>
            {
                var meeting = await session.LoadAsync<Meeting>(id, ct) ?? throw new NotFoundException("Meeting", id.ToString());
                var open = meeting is { Status: MeetingStatuses.Planned, BodyId: { } body }
                    ? await session.Query<ActionItem>().Where(i => i.BodyId == body && i.Status == ActionStatuses.Open)
                        .OrderBy(i => i.DueOn).ToListAsync(ct)
                    : [];
                response.SetETag(meeting.Version);
                return Results.Ok(MeetingResponse.Of(meeting, meeting.Version, [.. open.Select(i => ActionItemResponse.Of(i, i.Version, clock.Today()))]));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-meeting").WithSummary("Get a meeting")
            .WithDescription("With its agenda, attendance, minutes, and for a planned meeting of a body the body's open " +
                "action items (`openActionItems`), which belong on its agenda until closed. A meeting of another centre is 404.")
            .Produces<MeetingResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
