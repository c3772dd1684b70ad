using Cpic.Counselling.Contracts;

namespace Cpic.Monitoring.Feed;

/// <summary>
/// The kinds of facts-feed rows (docs/monitoring.md): the columns each fills (<c>?</c>: filled but may be null, such
/// as a case's date before its opening event arrives) and the statuses it takes. Every kind also fills
/// <see cref="Always"/>; it leaves the other columns of <see cref="FactRow.Columns"/> null.
/// </summary>
internal sealed record FeedRowKind(string Name, IReadOnlyList<string> Statuses, string Fills)
{
    public static readonly IReadOnlyList<string> Always = ["seq", "status", "rowId", "kind", "centre"];

    public static readonly IReadOnlyList<FeedRowKind> All =
    [
        new("service", ["active", "cancelled", "removed"], "serviceId clientKey? primary workplace region date serviceType " +
            "form placeType topics minutes interpreterLanguage? sex? birthYearBand? nationality? residenceCategory?"),
        new("fieldVisit", ["active"], "workplace region? date placeType topics minutes people placeKey"),
        new("audience", ["active", "cancelled"], "serviceId workplace? region? date? serviceType? people"),
        new("case", ["open", "closed"], "workplace? region? date? closedOn? closeReason?"),
        new("referral", CounsellingCodes.ReferralStatuses, "region? date? direction? partnerType?"),
        new("interpreterBooking", ["active"], "region? date minutes interpreterLanguage"),
    ];

    /// <summary>The columns this kind fills, each with whether it may still be null.</summary>
    public IEnumerable<(string Column, bool Nullable)> Columns =>
        Always.Select(c => (c, false)).Concat(Fills.Split(' ').Select(c => (c.TrimEnd('?'), c.EndsWith('?'))));
}
