using Cpic.BuildingBlocks.Reference;

namespace Cpic.Platforms.Domain;

/// <summary>The Platforms module's code lists with Czech and English labels, served at <c>/api/v1/platforms/codes/{list}</c>.</summary>
internal static class PlatformCodes
{
    public static readonly CodeSet ActorTypes = new("actor-types",
    [
        new("regional-office", "Krajský úřad", "Regional office"),
        new("municipal-office", "Obecní / městský úřad, magistrát", "Municipal office"),
        new("labour-office", "Úřad práce", "Labour office"),
        new("oamp", "OAMP MV", "Department for Asylum and Migration Policy (OAMP)"),
        new("police", "Policie ČR", "Police"),
        new("foreign-police", "Cizinecká policie", "Foreign police"),
        new("labour-inspectorate", "Oblastní inspektorát práce", "Labour inspectorate"),
        new("ppp", "Pedagogicko-psychologická poradna", "Pedagogical-psychological counselling (PPP)"),
        new("npi", "Národní pedagogický institut", "National Pedagogical Institute (NPI)"),
        new("kindergarten", "Mateřská škola", "Kindergarten"),
        new("primary-school", "Základní škola", "Primary school"),
        new("secondary-school", "Střední škola", "Secondary school"),
        new("university", "Vysoká škola", "University"),
        new("employer", "Zaměstnavatel", "Employer"),
        new("employment-agency", "Agentura práce", "Employment agency"),
        new("ngo", "Nestátní nezisková organizace", "NGO"),
        new("migrants-organisation", "Organizace migrantů", "Migrants' organisation"),
        new("chamber", "Hospodářská komora", "Chamber"),
        new("health-insurer", "Zdravotní pojišťovna", "Health insurer"),
        new("social-security", "Správa sociálního zabezpečení", "Social security"),
        new("trade-licensing-office", "Živnostenský úřad", "Trade licensing office"),
        new("church", "Církev", "Church"),
        new("other", "Jiný", "Other"),
    ]);

    /// <summary>Themes of agenda items and of actors' expertise, from the Liberec centre's coordination work.</summary>
    public static readonly CodeSet Themes = new("themes",
    [
        new("aliens-act-amendment", "Novela zákona o pobytu cizinců", "Aliens act amendments"),
        new("labour-inspection", "Inspektorát práce", "Labour inspection"),
        new("illegal-migration", "Nelegální migrace", "Illegal migration"),
        new("education-system", "Vzdělávací systém a jeho problematika", "Education system"),
        new("human-trafficking", "Obchodování s lidmi", "Human trafficking"),
        new("foreigners-in-region", "Situace cizinců v kraji", "Situation of foreigners in the region"),
        new("agency-employment", "Agenturní zaměstnávání", "Agency employment"),
        new("temporary-protection", "Dočasná ochrana", "Temporary protection"),
        new("housing", "Bydlení", "Housing"),
        new("health-care", "Zdravotní péče", "Health care"),
        new("other", "Jiné", "Other"),
    ]);

    public static readonly CodeSet BodyKinds = new("body-kinds",
    [
        new("regional-platform", "Regionální platforma", "Regional platform"),
        new("working-group", "Pracovní skupina", "Working group"),
        new("commission", "Komise", "Commission"),
        new("council", "Rada", "Council"),
        new("community-planning", "Komunitní plánování", "Community-planning group"),
        new("other", "Jiný", "Other"),
    ]);

    public static readonly CodeSet Seats = new("seats",
    [
        new("chair", "Předseda", "Chair"), new("member", "Člen", "Member"), new("guest", "Host", "Guest"),
    ]);

    public static readonly CodeSet RelationTypes = new("relation-types",
    [
        new("parent-body", "Nadřízený orgán", "Parent body"), new("branch", "Pobočka", "Branch"),
        new("partner", "Partner", "Partner"),
    ]);

    public static readonly CodeSet ConsentPurposes = new("consent-purposes",
    [
        new("invitations", "Pozvánky na setkání", "Meeting invitations"), new("newsletters", "Informační zpravodaj", "Newsletters"),
    ]);

    public static readonly CodeSet Presence = new("presence",
    [
        new("present", "Přítomen", "Present"), new("excused", "Omluven", "Excused"), new("absent", "Nepřítomen", "Absent"),
    ]);

    public static readonly IReadOnlyList<CodeSet> All = [ActorTypes, Themes, BodyKinds, Seats, RelationTypes, ConsentPurposes, Presence];
}

/// <summary>A named code list; <see cref="Contains"/> checks a code, <see cref="OneOf"/> says which codes exist.</summary>
internal sealed class CodeSet(string name, IReadOnlyList<CodeListItem> items)
{
    private readonly HashSet<string> _codes = [.. items.Select(i => i.Code)];

    public string Name { get; } = name;
    public IReadOnlyList<CodeListItem> Items { get; } = items;

    public bool Contains(string? code) => code is not null && _codes.Contains(code);

    public string OneOf(string field) => $"{field} is a code from /api/v1/platforms/codes/{Name}.";
}
