using System.Globalization;
using System.Text.Json.Serialization;
using Cpic.BuildingBlocks;

namespace Cpic.Clients.Domain;

/// <summary>
/// What staff record about a client. An anonymous client (anonymní klient) has only a pseudonym, a birth year
/// band, sex and nationality; everything else needs identification first.
/// </summary>
/// <param name="Anonymous" example="false">True for an anonymous client (social counselling without identity).</param>
/// <param name="Workplace" example="LBC-LIB">Workplace of first contact: a workplace code of the caller's centre.</param>
/// <param name="GivenNames" example="Taras">Given names (jméno); required unless anonymous, at most 100 characters.</param>
/// <param name="Surname" example="Ševčenko">Surname (příjmení); required unless anonymous, at most 100 characters.</param>
/// <param name="NativeName" example="Тарас Шевченко">The name in the native script, if any.</param>
/// <param name="Pseudonym" example="Modrá bunda">Anonymous clients only: what staff call the client.</param>
/// <param name="BirthDate" example="1984-03-09">Date of birth; or give only birthYear when the day is unknown.</param>
/// <param name="BirthYear" example="1984">Year of birth when the full date is unknown.</param>
/// <param name="BirthYearBand" example="1980-1984">Anonymous clients only: five-year band; derived for others.</param>
/// <param name="Sex" example="male">female, male or other.</param>
/// <param name="Nationality" example="UA">Citizenship (státní občanství), ISO 3166-1 alpha-2.</param>
/// <param name="OtherCitizenships" example="[&quot;RU&quot;]">Further citizenships, ISO 3166-1 alpha-2.</param>
/// <param name="PreferredLanguage" example="uk">Language for communication, ISO 639-1.</param>
/// <param name="Languages" example="[&quot;uk&quot;, &quot;ru&quot;]">Languages spoken, ISO 639-1.</param>
/// <param name="Contact">Phone, e-mail, town and region.</param>
/// <param name="Household">Ids of family members who are clients of the same centre.</param>
/// <param name="Vulnerability">Vulnerability flags, each optional.</param>
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
    VulnerabilityFlags? Vulnerability = null) : WithheldFromLogs
{
    /// <summary>The birth year, from the full date or the year alone.</summary>
    [JsonIgnore]
    public int? KnownBirthYear => BirthDate?.Year ?? BirthYear;

    /// <summary>Five-year band (e.g. <c>1985-1989</c>) kept for statistics after anonymisation.</summary>
    [JsonIgnore]
    public string? StatisticalBirthYearBand =>
        KnownBirthYear is { } year ? BirthYearBands.For(year) : BirthYearBand;

    /// <summary>The same details with every personal field erased; only statistical attributes remain.</summary>
    public ClientDetails Erased() => new(Anonymous, Workplace, BirthYearBand: StatisticalBirthYearBand, Sex: Sex,
        Nationality: Nationality, Contact: Contact?.Region is { } region ? new ContactDetails(Region: region) : null);
}

/// <summary>Contact (kontakt): phone, e-mail and where the client lives (town and region, CZ-NUTS code).</summary>
/// <param name="Phone" example="+420 777 123 456">Phone number.</param>
/// <param name="Email" example="klient@example.org">E-mail address.</param>
/// <param name="Town" example="Liberec">Town of residence.</param>
/// <param name="Region" example="CZ051">Region (kraj), CZ-NUTS code; kept after anonymisation.</param>
public sealed record ContactDetails(string? Phone = null, string? Email = null, string? Town = null, string? Region = null);

/// <summary>Vulnerability flags (zranitelnost); each is optional and unknown when null.</summary>
/// <param name="Minor15To18" example="false">A minor aged 15–18.</param>
/// <param name="Disability" example="false">A person with a disability.</param>
/// <param name="Pregnancy" example="false">A pregnant woman.</param>
/// <param name="TraffickingVictim" example="false">A victim of human trafficking.</param>
public sealed record VulnerabilityFlags(
    bool? Minor15To18 = null, bool? Disability = null, bool? Pregnancy = null, bool? TraffickingVictim = null);

internal static class BirthYearBands
{
    public static string For(int year) => $"{year - (year % 5)}-{year - (year % 5) + 4}";

    public static bool IsValid(string? band) =>
        band is { Length: 9 } && band[4] == '-' && band.Remove(4, 1).All(char.IsAsciiDigit)
        && From(band) is var from && from % 5 == 0 && int.Parse(band[5..], CultureInfo.InvariantCulture) == from + 4;

    /// <summary>The first year of a valid band.</summary>
    public static int From(string band) => int.Parse(band[..4], CultureInfo.InvariantCulture);
}
