namespace Cpic.Clients.Domain;

/// <summary>
/// A client record as the API returns it. The residence document number is masked here (last three characters);
/// only the subject access export shows it in full.
/// </summary>
public sealed record ClientResponse(
    Guid Id, string Code, string Centre, ClientDetails Details, string? BirthYearBand, DateOnly RegisteredOn,
    ResidenceStatus? CurrentResidence, IReadOnlyList<ResidenceStatus> Residence, IReadOnlyList<Consent> Consents,
    Guid? MergedInto, IReadOnlyList<Guid> MergedFrom, DateTimeOffset? AnonymisedAt, long Version)
{
    internal static ClientResponse From(Client c, DocumentNumbers numbers, bool unmasked = false)
    {
        ResidenceStatus Show(ResidenceStatus s) => numbers.Reveal(s.DocumentNumber) is not { } number
            ? s
            : s with { DocumentNumber = unmasked ? number : "***" + number[^Math.Min(3, number.Length)..] };

        return new ClientResponse(c.Id, c.Code, c.Centre, c.Details, c.Details.StatisticalBirthYearBand, c.RegisteredOn,
            c.CurrentResidence is { } current ? Show(current) : null, [.. c.Residence.Select(Show)], c.Consents,
            c.MergedInto, c.MergedFrom, c.AnonymisedAt, c.Version);
    }
}

/// <summary>The outcome of a write: the client and its new version (the ETag).</summary>
public sealed record ClientSaved(Guid Id, long Version);
