namespace Cpic.Clients.Domain;

/// <summary>
/// A client record as the API returns it. The residence document number is masked here (last three characters);
/// only the subject access export shows it in full.
/// </summary>
/// <param name="Id">The client's id (a pseudonymous key other modules use).</param>
/// <param name="Code" example="LBC-2026-00042">Client code, unique in the centre.</param>
/// <param name="Centre" example="LBC">The centre that registered the client.</param>
/// <param name="Details">What staff recorded (erased to statistics after anonymisation).</param>
/// <param name="BirthYearBand" example="1980-1984">Five-year band, derived or given; kept after anonymisation.</param>
/// <param name="RegisteredOn" example="2026-03-05">Date of registration.</param>
/// <param name="CurrentResidence">The status valid today (the one that started last on or before today), if any.</param>
/// <param name="Residence">Every recorded status, in the order recorded.</param>
/// <param name="Consents">Consents, active and withdrawn.</param>
/// <param name="MergedInto">Set when this record was merged into another: read that one instead.</param>
/// <param name="MergedFrom">Records merged into this one.</param>
/// <param name="AnonymisedAt" example="2036-03-05T02:00:00Z">When personal data were erased; null if not.</param>
/// <param name="Version" example="3">Version of the record, also its ETag.</param>
internal sealed record ClientResponse(
    Guid Id, string Code, string Centre, ClientDetails Details, string? BirthYearBand, DateOnly RegisteredOn,
    ResidenceStatus? CurrentResidence, IReadOnlyList<ResidenceStatus> Residence, IReadOnlyList<Consent> Consents,
    Guid? MergedInto, IReadOnlyList<Guid> MergedFrom, DateTimeOffset? AnonymisedAt, long Version)
{
    internal static ClientResponse From(Client c, DocumentNumbers numbers, DateOnly today, bool unmasked = false)
    {
        ResidenceStatus Show(ResidenceStatus s) => numbers.Reveal(s.DocumentNumber) is not { } number
            ? s
            : s with { DocumentNumber = unmasked ? number : "***" + number[^Math.Min(3, number.Length)..] };

        return new ClientResponse(c.Id, c.Code, c.Centre, c.Details, c.Details.StatisticalBirthYearBand, c.RegisteredOn,
            c.StatusOn(today) is { } current ? Show(current) : null, [.. c.Residence.Select(Show)], c.Consents,
            c.MergedInto, c.MergedFrom, c.AnonymisedAt, c.Version);
    }
}

/// <summary>The outcome of a write: the client and its new version (the ETag).</summary>
public sealed record ClientSaved(Guid Id, long Version);
