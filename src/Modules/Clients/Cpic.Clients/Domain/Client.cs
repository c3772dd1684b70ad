using System.Text.Json.Serialization;
using Cpic.BuildingBlocks;

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

    /// <summary>The current status's category, flat for filters.</summary>
    public string? ResidenceCategory { get; set; }

    /// <summary>The last day of the stay the recorded statuses cover (<see cref="LastCovering"/>), flat for filters.</summary>
    public DateOnly? ResidenceValidUntil { get; set; }

    /// <summary>The statuses as corrected: a later entry with the same validFrom replaces an earlier one.</summary>
    [JsonIgnore]
    public IEnumerable<ResidenceStatus> EffectiveResidence => Residence.GroupBy(s => s.ValidFrom).Select(g => g.Last());

    /// <summary>
    /// The status valid on <paramref name="day"/> (today in Prague for the current one): the one that started last on
    /// or before it (a later entry wins a tie). A status recorded in advance becomes current on its <c>validFrom</c>.
    /// </summary>
    public ResidenceStatus? StatusOn(DateOnly day) =>
        EffectiveResidence.Where(s => s.ValidFrom <= day).OrderBy(s => s.ValidFrom).LastOrDefault();

    /// <summary>
    /// The status that ends the stay the records cover. Every status started no later than the current one, so one
    /// that ends later overlaps it and extends the stay (a visa running on past a temporary protection, say); a
    /// status without an end (permanent residence, asylum) covers for good.
    /// </summary>
    [JsonIgnore]
    public ResidenceStatus? LastCovering =>
        EffectiveResidence.OrderBy(s => s.ValidUntil ?? DateOnly.MaxValue).ThenBy(s => s.ValidFrom).LastOrDefault();

    /// <summary>The search keys of every name in <paramref name="details"/>.</summary>
    public static string SearchNameOf(ClientDetails details) =>
        NameNormaliser.SearchText($"{details.GivenNames} {details.Surname}", details.NativeName, details.Pseudonym);

    public void Refresh(DateOnly today)
    {
        SearchName = AnonymisedAt is null ? SearchNameOf(Details) : "";
        ResidenceCategory = StatusOn(today)?.Category;
        ResidenceValidUntil = LastCovering?.ValidUntil;
    }
}
