namespace Cpic.Counselling.Contracts;

/// <summary>The codes Counselling's events carry for cases and referrals, shared with their subscribers.</summary>
public static class CounsellingCodes
{
    /// <summary>Why a case ends: cíl dosažen, částečně, klient odstoupil, předán jinam, bez kontaktu, odstěhoval se, jiné.</summary>
    public static readonly IReadOnlyList<string> CloseReasons =
        ["goal-achieved", "partly-achieved", "client-withdrew", "referred-elsewhere", "no-contact", "moved-away", "other"];

    /// <summary>Field places (terénní práce): ubytovna, firma, obec, škola, humanitární ubytování, other.</summary>
    public static readonly IReadOnlyList<string> FieldPlaceTypes =
        ["dormitory", "company", "municipality", "school", "humanitarian-housing", "other"];

    public static readonly IReadOnlyList<string> ReferralDirections = ["outgoing", "incoming"];

    /// <summary>Úřad práce, OAMP, zdravotnictví, NNO, škola, policie, obec, sociální služby, zaměstnavatel, jiné.</summary>
    public static readonly IReadOnlyList<string> PartnerTypes =
        ["labour-office", "oamp", "health-care", "ngo", "school", "police", "municipality", "social-services", "employer", "other"];

    public static readonly IReadOnlyList<string> ReferralStatuses = ["sent", "accepted", "completed", "declined"];
}
