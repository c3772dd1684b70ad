using JasperFx;

namespace Cpic.Platforms.Domain;

/// <summary>
/// A meeting of a body, or a bilateral meeting with actors (no body). Status moves planned → held (closed with
/// attendance and minutes) or planned → cancelled, never back.
/// </summary>
internal sealed class Meeting : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid? BodyId { get; set; }
    public IReadOnlyList<Guid> ActorIds { get; set; } = [];
    public string Title { get; set; } = "";
    public DateOnly Date { get; set; }
    public string StartTime { get; set; } = "";
    public int DurationMinutes { get; set; }
    public Venue Venue { get; set; } = new("online", null, null, null);
    public IReadOnlyList<AgendaItem> Agenda { get; set; } = [];
    public IReadOnlyList<Guid> LocalityIds { get; set; } = [];
    public string Status { get; set; } = MeetingStatuses.Planned;
    public string? CancellationReason { get; set; }
    public IReadOnlyList<Attendance> Attendance { get; set; } = [];
    public Minutes? Minutes { get; set; }
    public IReadOnlyList<DocumentLink> Documents { get; set; } = [];
    public string SortKey { get; set; } = "";
}

/// <summary>Where: a workplace of the centre, an address, or online (a link).</summary>
/// <param name="Kind" example="workplace">workplace, address or online.</param>
/// <param name="Workplace" example="LBC-LIB">For workplace: a workplace code of the centre.</param>
/// <param name="Address" example="U Jezu 642/2a, Liberec">For address: the address.</param>
/// <param name="Url" example="https://meet.example.org/platform">For online: the link (http or https).</param>
public sealed record Venue(string Kind, string? Workplace, string? Address, string? Url);

/// <summary>An item of the agenda: a theme and a title.</summary>
/// <param name="Theme" example="temporary-protection">A code from /api/v1/platforms/codes/themes.</param>
/// <param name="Title" example="Extension of temporary protection for 2027">At most 300 characters.</param>
public sealed record AgendaItem(string Theme, string Title);

/// <summary>Who attended for an actor: its person (optional) and presence; <c>onBehalfOf</c> when representing another actor.</summary>
/// <param name="ActorId">An actor of the centre.</param>
/// <param name="PersonId">A person of that actor, optional.</param>
/// <param name="Presence" example="present">present, excused or absent.</param>
/// <param name="OnBehalfOf">The actor represented, when not the attendee's own.</param>
public sealed record Attendance(Guid ActorId, Guid? PersonId, string Presence, Guid? OnBehalfOf);

/// <summary>Minutes as Markdown and as sanitised HTML: an internal part (staff only) and a public part.</summary>
public sealed record Minutes(string? InternalMarkdown, string? InternalHtml, string? PublicMarkdown, string? PublicHtml);

/// <summary>A link to a document (minutes in full, presentation...).</summary>
/// <param name="Title" example="Presentation of OAMP">At most 200 characters.</param>
/// <param name="Url" example="https://files.example.org/oamp.pdf">http or https.</param>
public sealed record DocumentLink(string Title, string Url);

internal static class MeetingStatuses
{
    public const string Planned = "planned", Held = "held", Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Planned, Held, Cancelled];
}
