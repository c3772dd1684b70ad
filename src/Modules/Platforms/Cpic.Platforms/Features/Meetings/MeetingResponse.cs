using Cpic.Platforms.Domain;
using Cpic.Platforms.Features.FollowUp;

namespace Cpic.Platforms.Features.Meetings;

/// <summary>
/// A meeting. <c>openActionItems</c>: for a planned meeting of a body, the body's action items still open, which
/// belong on this agenda until closed (empty otherwise). <c>minutes</c> holds the Markdown as written and the sanitised
/// HTML rendered from it.
/// </summary>
public sealed record MeetingResponse(Guid Id, int Version, Guid? BodyId, IReadOnlyList<Guid> ActorIds, string Title, DateOnly Date,
    string StartTime, int DurationMinutes, Venue Venue, IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<Guid> LocalityIds,
    string Status, string? CancellationReason, IReadOnlyList<Attendance> Attendance, Minutes? Minutes,
    IReadOnlyList<DocumentLink> Documents, IReadOnlyList<ActionItemResponse> OpenActionItems) : IVersionedResponse
{
    internal static MeetingResponse Of(Meeting m, int version, IReadOnlyList<ActionItemResponse>? open = null) => new(m.Id, version,
        m.BodyId, m.ActorIds, m.Title, m.Date, m.StartTime, m.DurationMinutes, m.Venue, m.Agenda, m.LocalityIds, m.Status,
        m.CancellationReason, m.Attendance, m.Minutes, m.Documents, open ?? []);
}
