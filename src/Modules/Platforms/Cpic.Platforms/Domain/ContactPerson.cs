using JasperFx;

namespace Cpic.Platforms.Domain;

/// <summary>
/// A person of an actor (personal data: centre-scoped, never in events or logs) and the ledger of their consents to be
/// contacted, per purpose: the latest entry of a purpose decides.
/// </summary>
internal sealed class ContactPerson : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid ActorId { get; set; }
    public string Name { get; set; } = "";
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public List<ConsentEntry> Consents { get; set; } = [];

    public bool HasConsent(string purpose) => Consents.LastOrDefault(c => c.Purpose == purpose)?.Given == true;
}

/// <summary>A consent to be contacted given or withdrawn.</summary>
/// <param name="Purpose" example="invitations">invitations or newsletters.</param>
/// <param name="Given" example="true">true when given, false when withdrawn.</param>
/// <param name="On" example="2026-03-05">The day it was given or withdrawn.</param>
/// <param name="How" example="e-mail of 5 March">How it was given or withdrawn (form, e-mail, in person).</param>
/// <param name="RecordedBy" example="jnovak">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record ConsentEntry(string Purpose, bool Given, DateOnly On, string How, string RecordedBy, DateTimeOffset RecordedAt);
