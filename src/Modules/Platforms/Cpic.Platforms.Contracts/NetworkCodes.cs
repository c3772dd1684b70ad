namespace Cpic.Platforms.Contracts;

/// <summary>
/// The codes the events carry for actor types (<c>ActorType</c>) and body kinds (<c>BodyKind</c>, besides
/// <c>bilateral</c>), with Czech and English labels, for the modules that filter by them (Monitoring's network metrics).
/// The Platforms API serves them at <c>/api/v1/platforms/codes/actor-types</c> and <c>body-kinds</c>.
/// </summary>
public static class NetworkCodes
{
    /// <summary>Types of actors (the partner organisations of a centre's network).</summary>
    public static readonly IReadOnlyList<NetworkCode> ActorTypes =
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
    ];

    /// <summary>Kinds of bodies (platforms, working groups...).</summary>
    public static readonly IReadOnlyList<NetworkCode> BodyKinds =
    [
        new("regional-platform", "Regionální platforma", "Regional platform"),
        new("working-group", "Pracovní skupina", "Working group"),
        new("commission", "Komise", "Commission"),
        new("council", "Rada", "Council"),
        new("community-planning", "Komunitní plánování", "Community-planning group"),
        new("other", "Jiný", "Other"),
    ];
}

/// <summary>A code with its Czech and English labels.</summary>
public sealed record NetworkCode(string Code, string Cs, string En);
