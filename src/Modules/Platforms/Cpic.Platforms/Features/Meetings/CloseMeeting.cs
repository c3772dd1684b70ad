using Cpic.BuildingBlocks;
using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Contracts;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Meetings;

public sealed record CloseMeeting(Guid MeetingId, long ExpectedVersion, CloseMeetingInput Input, string UserId);

public static class CloseMeetingHandler
{
    public static async Task<(MeetingResponse, OutgoingMessages)> Handle(CloseMeeting command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var meeting = await PlannedMeeting.LoadAsync(session, command.MeetingId, command.ExpectedVersion, ct);
        if (meeting.Date > clock.Today()) throw new ConflictException($"The meeting is on {meeting.Date:yyyy-MM-dd}; close it once held.");
        var input = command.Input;
        var (proposals, items) = (input.Proposals ?? [], input.ActionItems ?? []);
        var known = await CheckReferencesAsync(session, input, ct);

        (meeting.Status, meeting.Attendance, meeting.Documents) = (MeetingStatuses.Held, input.Attendance, input.Documents ?? []);
        meeting.Minutes = MinutesRenderer.Render(input.InternalMinutes, input.PublicMinutes);
        session.NextRevision(meeting);
        var body = meeting.BodyId is { } bodyId ? await session.LoadAsync<Body>(bodyId, ct) : null;
        var started = new StatusChange(ProposalStatuses.Raised, meeting.Date, null, command.UserId);
        var raised = proposals.Select(p => new Proposal
        {
            Id = Guid.CreateVersion7(), Version = 1, MeetingId = meeting.Id, BodyId = meeting.BodyId, Text = p.Text.Trim(),
            AddressedTo = p.AddressedTo, History = [started],
        }).ToList();
        session.Insert<Proposal>(raised);
        session.Insert<ActionItem>(items.Select(i => new ActionItem
        {
            Id = Guid.CreateVersion7(), Version = 1, MeetingId = meeting.Id, BodyId = meeting.BodyId, Title = i.Title.Trim(),
            OwnerActorId = i.OwnerActorId, OwnerStaff = i.OwnerStaff, DueOn = i.DueOn!.Value,
            History = [started with { Status = ActionStatuses.Open }],
        }).ToList());

        var present = input.Attendance.Where(a => a.Presence == "present").SelectMany(a => a.OnBehalfOf is { } other ? [a.ActorId, other] : new[] { a.ActorId })
            .Distinct().Select(id => known[id]).ToList();
        var newcomers = ParticipationOf.Record(session, present.Select(a => (a, meeting.Date)));
        var centre = session.TenantId;
        OutgoingMessages messages =
        [
            new MeetingHeld(meeting.Id, centre, meeting.Date, body?.Kind ?? "bilateral", body?.OrganiserActorId is null,
                [.. present.Select(a => new ActorPresent(a.Id, a.Type))], newcomers.Count, [.. meeting.Agenda.Select(i => i.Theme).Distinct()]),
        ];
        messages.AddRange(raised.Select(p => new ProposalRaised(p.Id, meeting.Id, centre, meeting.Date, known[p.AddressedTo].Type)));
        return (MeetingResponse.Of(meeting, meeting.Version + 1), messages);
    }

    /// <summary>Attendance, proposals and action items name actors and people of the centre only (422 naming the field).</summary>
    private static async Task<KnownActors> CheckReferencesAsync(IDocumentSession session, CloseMeetingInput input, CancellationToken ct)
    {
        var (attendance, proposals, items) = (input.Attendance, input.Proposals ?? [], input.ActionItems ?? []);
        var actorIds = attendance.SelectMany(a => a.OnBehalfOf is { } o ? [a.ActorId, o] : new[] { a.ActorId })
            .Concat(proposals.Select(p => p.AddressedTo)).Concat(items.Where(i => i.OwnerActorId is not null).Select(i => i.OwnerActorId!.Value));
        var known = await KnownActors.LoadAsync(session, actorIds,
            attendance.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value), ct);
        for (var i = 0; i < attendance.Count; i++)
        {
            known.Actor(attendance[i].ActorId, $"attendance[{i}].actorId");
            known.Person(attendance[i].PersonId, attendance[i].ActorId, $"attendance[{i}].personId");
            if (attendance[i].OnBehalfOf is { } other) known.Actor(other, $"attendance[{i}].onBehalfOf");
        }

        for (var i = 0; i < proposals.Count; i++) known.Actor(proposals[i].AddressedTo, $"proposals[{i}].addressedTo");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].OwnerActorId is { } owner) known.Actor(owner, $"actionItems[{i}].ownerActorId");
        }

        known.ThrowIfAny();
        return known;
    }
}

public sealed class CloseMeetingEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/meetings/{id:guid}/close", (Guid id, CloseMeetingInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<MeetingResponse>(
                    new CloseMeeting(id, request.ExpectedVersion(), input, user.UserId()), response, ct))
            .Validate<CloseMeetingInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("close-meeting")
            .WithSummary("Close a held meeting: attendance, minutes, proposals and action items (If-Match)")
            .WithDescription("planned → held, on or after the meeting's day (409 before it, and for a meeting held or " +
                "cancelled already). Attendance, proposals and action items must name actors and people of the centre " +
                "(422 naming the field; nothing is stored). Minutes are Markdown, kept with their sanitised HTML. " +
                "Publishes `MeetingHeld` (actor types, new actors, themes; no people) and a `ProposalRaised` per proposal.")
            .Produces<MeetingResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
