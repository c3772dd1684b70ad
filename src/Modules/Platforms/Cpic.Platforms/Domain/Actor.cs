using JasperFx;

namespace Cpic.Platforms.Domain;

/// <summary>
/// An organisation of the centre's network (aktér): a public body, school, employer, NGO... <see cref="FirstParticipationOn"/>
/// is the earliest meeting it attended or body it sat in: an actor is "new" in the period that date falls in.
/// </summary>
internal sealed class Actor : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string SearchName { get; set; } = "";
    public string Type { get; set; } = "";
    public string? Ico { get; set; }
    public string? Town { get; set; }
    public string? SearchTown { get; set; }
    public string? Region { get; set; }
    public string? Web { get; set; }
    public IReadOnlyList<string> Themes { get; set; } = [];
    public DateOnly JoinedOn { get; set; }
    public bool Active { get; set; } = true;
    public DateOnly? FirstParticipationOn { get; set; }
    public List<ActorRelation> Relations { get; set; } = [];

    /// <summary>Takes <paramref name="date"/> as a participation: keeps the earliest.</summary>
    public bool Participated(DateOnly date)
    {
        if (FirstParticipationOn is { } first && first <= date) return false;
        FirstParticipationOn = date;
        return true;
    }
}

/// <summary>A typed relation to another actor of the centre (parent body, branch, partner) with optional dates.</summary>
/// <param name="Id">The relation's id.</param>
/// <param name="Type" example="parent-body">parent-body, branch or partner.</param>
/// <param name="ActorId">The other actor.</param>
/// <param name="From" example="2024-01-01">Since when, if known.</param>
/// <param name="To">Until when; null while it lasts.</param>
public sealed record ActorRelation(Guid Id, string Type, Guid ActorId, DateOnly? From, DateOnly? To);
