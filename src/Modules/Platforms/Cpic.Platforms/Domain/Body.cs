using JasperFx;

namespace Cpic.Platforms.Domain;

/// <summary>
/// A regional platform, working group, commission... organised by the centre (<see cref="OrganiserActorId"/> null)
/// or by an actor the centre takes part with. Its cadence is a number of meetings a year or an interval in days.
/// </summary>
internal sealed class Body : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public Guid? OrganiserActorId { get; set; }
    public IReadOnlyList<string> Themes { get; set; } = [];
    public int? MeetingsPerYear { get; set; }
    public int? IntervalDays { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public IReadOnlyList<Member> Members { get; set; } = [];

    /// <summary>The longest gap between meetings the cadence allows.</summary>
    public int AllowedGapDays => IntervalDays ?? (int)Math.Ceiling(365.0 / (MeetingsPerYear ?? 1));

    public bool ActiveOn(DateOnly day) => From <= day && (To is null || To >= day);
}

/// <summary>An actor's seat in a body, with its representative person.</summary>
/// <param name="ActorId">An actor of the centre.</param>
/// <param name="Seat" example="member">chair, member or guest.</param>
/// <param name="PersonId">The representative, a person of that actor.</param>
/// <param name="From" example="2025-01-01">Since when.</param>
/// <param name="To">Until when; null while it lasts.</param>
public sealed record Member(Guid ActorId, string Seat, Guid? PersonId, DateOnly From, DateOnly? To);
