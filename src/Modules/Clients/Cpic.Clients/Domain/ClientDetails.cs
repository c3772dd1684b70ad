namespace Cpic.Clients.Domain;

/// <summary>
/// What staff record about a client. An anonymous client (anonymní klient) has only a pseudonym, a birth year
/// band, sex and nationality; everything else needs identification first.
/// </summary>
public sealed partial record ClientDetails(
    bool Anonymous,
    string Workplace,
    string? GivenNames = null,
    string? Surname = null,
    string? NativeName = null,
    string? Pseudonym = null,
    DateOnly? BirthDate = null,
    int? BirthYear = null,
    string? BirthYearBand = null,
    string? Sex = null,
    string? Nationality = null,
    IReadOnlyList<string>? OtherCitizenships = null,
    string? PreferredLanguage = null,
    IReadOnlyList<string>? Languages = null,
    ContactDetails? Contact = null,
    IReadOnlyList<Guid>? Household = null,
    VulnerabilityFlags? Vulnerability = null)
{
    /// <summary>The birth year, from the full date or the year alone.</summary>
    public int? KnownBirthYear => BirthDate?.Year ?? BirthYear;

    /// <summary>Five-year band (e.g. <c>1985-1989</c>) kept for statistics after anonymisation.</summary>
    public string? StatisticalBirthYearBand =>
        KnownBirthYear is { } year ? BirthYearBands.For(year) : BirthYearBand;

    /// <summary>The same details with every personal field erased; only statistical attributes remain.</summary>
    public ClientDetails Erased() => new(Anonymous, Workplace, BirthYearBand: StatisticalBirthYearBand, Sex: Sex,
        Nationality: Nationality, Contact: Contact?.Region is { } region ? new ContactDetails(Region: region) : null);
}

/// <summary>Contact (kontakt): phone, e-mail and where the client lives (town and region, CZ-NUTS code).</summary>
public sealed record ContactDetails(string? Phone = null, string? Email = null, string? Town = null, string? Region = null);

/// <summary>Vulnerability flags (zranitelnost); each is optional and unknown when null.</summary>
public sealed record VulnerabilityFlags(
    bool? Minor15To18 = null, bool? Disability = null, bool? Pregnancy = null, bool? TraffickingVictim = null);

public static class BirthYearBands
{
    public static string For(int year) => $"{year - (year % 5)}-{year - (year % 5) + 4}";

    public static bool IsValid(string? band) =>
        band is { Length: 9 } && band[4] == '-' && int.TryParse(band[..4], out var from)
        && int.TryParse(band[5..], out var to) && from % 5 == 0 && to == from + 4;
}
