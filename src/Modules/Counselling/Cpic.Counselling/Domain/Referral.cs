using Cpic.Counselling.Contracts;
using JasperFx;

namespace Cpic.Counselling.Domain;

/// <summary>
/// A client referred to a partner organisation (<c>outgoing</c>) or referred to the centre by one (<c>incoming</c>).
/// Status moves sent → accepted → completed, or to declined from sent or accepted; each change is kept.
/// </summary>
public sealed class Referral : IRevisioned, ISortedNewestFirst
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid ClientId { get; set; }
    public string Direction { get; set; } = "";
    public string PartnerType { get; set; } = "";
    public string PartnerName { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Status { get; set; } = ReferralStatuses.Sent;
    public string? Feedback { get; set; }
    public string SortKey { get; set; } = "";
    public List<ReferralStatusChange> History { get; set; } = [];

    public bool CanMoveTo(string status) => (Status, status) is
        (ReferralStatuses.Sent, ReferralStatuses.Accepted or ReferralStatuses.Declined) or
        (ReferralStatuses.Accepted, ReferralStatuses.Completed or ReferralStatuses.Declined);
}

public sealed record ReferralStatusChange(string Status, string? Feedback, DateTimeOffset At, string By);

internal static class ReferralStatuses
{
    public const string Sent = "sent";
    public const string Accepted = "accepted";
    public const string Completed = "completed";
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = CounsellingCodes.ReferralStatuses;
}

internal static class ReferralCodes
{
    public static readonly IReadOnlyList<string> Directions = CounsellingCodes.ReferralDirections;

    public static readonly IReadOnlyList<string> PartnerTypes = CounsellingCodes.PartnerTypes;
}
