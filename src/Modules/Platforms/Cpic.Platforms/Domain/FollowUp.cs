using JasperFx;

namespace Cpic.Platforms.Domain;

/// <summary>A proposal for a measure (podnět) raised at a meeting, addressed to an actor, with a dated status history.</summary>
internal sealed class Proposal : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid MeetingId { get; set; }
    public Guid? BodyId { get; set; }
    public string Text { get; set; } = "";
    public Guid AddressedTo { get; set; }
    public string Status { get; set; } = ProposalStatuses.Raised;
    public List<StatusChange> History { get; set; } = [];

    public bool CanMoveTo(string status) => (Status, status) is
        (ProposalStatuses.Raised, ProposalStatuses.Forwarded or ProposalStatuses.Accepted or ProposalStatuses.Rejected) or
        (ProposalStatuses.Forwarded, ProposalStatuses.Accepted or ProposalStatuses.Rejected) or
        (ProposalStatuses.Accepted, ProposalStatuses.Implemented);
}

/// <summary>An action item agreed at a meeting: an owner (an actor or a member of staff), a due date and a status.</summary>
internal sealed class ActionItem : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid MeetingId { get; set; }
    public Guid? BodyId { get; set; }
    public string Title { get; set; } = "";
    public Guid? OwnerActorId { get; set; }
    public string? OwnerStaff { get; set; }
    public DateOnly DueOn { get; set; }
    public string Status { get; set; } = ActionStatuses.Open;
    public List<StatusChange> History { get; set; } = [];

    public bool OverdueOn(DateOnly today) => Status == ActionStatuses.Open && DueOn < today;
}

/// <summary>A dated change of status.</summary>
/// <param name="Status" example="forwarded">The new status.</param>
/// <param name="On" example="2026-11-20">The day it changed.</param>
/// <param name="Note" example="Forwarded to OAMP headquarters">Optional note.</param>
/// <param name="By" example="jnovak">Who recorded it.</param>
public sealed record StatusChange(string Status, DateOnly On, string? Note, string By);

internal static class ProposalStatuses
{
    public const string Raised = "raised", Forwarded = "forwarded", Accepted = "accepted", Rejected = "rejected", Implemented = "implemented";

    public static readonly IReadOnlyList<string> All = [Raised, Forwarded, Accepted, Rejected, Implemented];

    public static bool IsOutcome(string status) => status is Accepted or Rejected or Implemented;
}

internal static class ActionStatuses
{
    public const string Open = "open", Done = "done", Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Open, Done, Cancelled];
}
