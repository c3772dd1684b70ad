using System.Text.Json.Serialization;

namespace Cpic.Clients.Domain;

/// <summary>
/// The current state of a client record (klient), built inline from its event stream (ADR 0110) and stored in
/// the <c>clients</c> schema. Besides the details it keeps flat, normalised fields for search and matching.
/// </summary>
internal sealed class Client
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Code { get; set; } = "";
    public string Centre { get; set; } = "";
    public ClientDetails Details { get; set; } = new(false, "");
    public DateOnly RegisteredOn { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public List<ResidenceStatus> Residence { get; set; } = [];
    public List<Consent> Consents { get; set; } = [];
    public List<Guid> MergedFrom { get; set; } = [];
    public Guid? MergedInto { get; set; }
    public DateTimeOffset? AnonymisedAt { get; set; }

    /// <summary>Every name's search keys (<see cref="NameNormaliser"/>); trigram-indexed.</summary>
    public string SearchName { get; set; } = "";

    /// <summary>The current residence status's category and end, flat for filters.</summary>
    public string? ResidenceCategory { get; set; }
    public DateOnly? ResidenceValidUntil { get; set; }

    /// <summary>The status in force now: the one that started last (a later entry wins a tie).</summary>
    [JsonIgnore]
    public ResidenceStatus? CurrentResidence =>
        Residence.Select((s, i) => (s, i)).OrderBy(x => x.s.ValidFrom).ThenBy(x => x.i).Select(x => x.s).LastOrDefault();

    public void Refresh()
    {
        SearchName = AnonymisedAt is null
            ? NameNormaliser.SearchText($"{Details.GivenNames} {Details.Surname}", Details.NativeName, Details.Pseudonym)
            : "";
        ResidenceCategory = CurrentResidence?.Category;
        ResidenceValidUntil = CurrentResidence?.ValidUntil;
    }
}
