using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Platforms.Domain;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Meetings;

/// <summary>
/// The iCalendar (RFC 5545) invitation of a planned meeting, addressed to the people who consent to invitations: the
/// representatives of the body's current members, or the people of the actors of a bilateral meeting.
/// </summary>
public sealed class MeetingInvitationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/meetings/{id:guid}/invitation.ics", async (Guid id,
                [Description("E-mail of the organiser the answers go to, e.g. koordinator@cizinci-lbc.cz.")] string? organizer,
                IQuerySession session, CancellationToken ct) =>
            {
                if (organizer is null || organizer.Length > 254 || !organizer.Contains('@', StringComparison.Ordinal))
                {
                    throw new UnprocessableException("organizer", "organizer is the e-mail address answers go to.");
                }

                var meeting = await session.LoadAsync<Meeting>(id, ct) ?? throw new NotFoundException("Meeting", id.ToString());
                if (meeting.Status != MeetingStatuses.Planned) throw new ConflictException($"The meeting is {meeting.Status}; only a planned meeting is invited to.");
                var calendar = new Calendar { Method = "REQUEST" };
                calendar.Events.Add(await EventOfAsync(meeting, organizer, session, ct));
                return Results.Text(new CalendarSerializer().SerializeToString(calendar), "text/calendar; charset=utf-8");
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("meeting-invitation")
            .WithSummary("The iCalendar invitation (.ics) of a planned meeting")
            .WithDescription("METHOD:REQUEST with the agenda and the body's open action items in the description. " +
                "Attendees are the people who consent to `invitations` and have an e-mail: the representatives of the " +
                "body's current members, or the people of the actors met bilaterally. A held or cancelled meeting is 409.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<CalendarEvent> EventOfAsync(Meeting meeting, string organizer, IQuerySession session, CancellationToken ct)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(meeting.Date.ToDateTime(TimeOfDay.Parse(meeting.StartTime)), Clock.Prague);
        var open = meeting.BodyId is { } body
            ? await session.Query<ActionItem>().Where(i => i.BodyId == body && i.Status == ActionStatuses.Open).ToListAsync(ct)
            : [];
        var description = string.Join('\n', meeting.Agenda.Select((a, i) => $"{i + 1}. {a.Title}")
            .Concat(open.Select(i => $"Open: {i.Title} (due {i.DueOn:yyyy-MM-dd})")));
        var invitation = new CalendarEvent
        {
            Uid = $"{meeting.Id}@cpic", Summary = meeting.Title, Description = description,
            Location = await LocationAsync(meeting.Venue, session, ct),
            DtStart = new CalDateTime(start), DtEnd = new CalDateTime(start.AddMinutes(meeting.DurationMinutes)),
            Organizer = new Organizer($"mailto:{organizer}"),
        };
        foreach (var person in await InviteesAsync(meeting, session, ct))
        {
            invitation.Attendees.Add(new Attendee($"mailto:{person.Email}") { CommonName = person.Name, Rsvp = true, Role = "REQ-PARTICIPANT" });
        }

        return invitation;
    }

    private static async Task<IReadOnlyList<ContactPerson>> InviteesAsync(Meeting meeting, IQuerySession session, CancellationToken ct)
    {
        IReadOnlyList<ContactPerson> people;
        if (meeting.BodyId is { } bodyId && await session.LoadAsync<Body>(bodyId, ct) is { } body)
        {
            var seated = body.Members.Where(m => m.PersonId is not null && (m.To is null || m.To >= meeting.Date)).Select(m => m.PersonId!.Value);
            people = await session.LoadManyAsync<ContactPerson>(ct, seated.Distinct());
        }
        else
        {
            people = await session.Query<ContactPerson>().Where(p => p.ActorId.IsOneOf(meeting.ActorIds.ToArray())).ToListAsync(ct);
        }

        return [.. people.Where(p => p.Email is not null && p.HasConsent("invitations")).OrderBy(p => p.Name)];
    }

    private static async Task<string?> LocationAsync(Venue venue, IQuerySession session, CancellationToken ct) => venue.Kind switch
    {
        "workplace" => (await session.FindCentreAsync(session.TenantId, ct))?.FindWorkplace(venue.Workplace) is { } w
            ? $"{w.Name}, {w.Address ?? w.Town}" : venue.Workplace,
        "address" => venue.Address,
        _ => venue.Url,
    };
}
