using Cpic.Platforms.Domain;

namespace Cpic.Platforms.Features.FollowUp;

/// <summary>A proposal for a measure (podnět) with its dated status history.</summary>
public sealed record ProposalResponse(Guid Id, int Version, Guid MeetingId, Guid? BodyId, string Text, Guid AddressedTo,
    string Status, IReadOnlyList<StatusChange> History) : IVersionedResponse
{
    internal static ProposalResponse Of(Proposal p, int version) =>
        new(p.Id, version, p.MeetingId, p.BodyId, p.Text, p.AddressedTo, p.Status, p.History);
}

/// <summary>An action item; <c>overdue</c> when still open after its due date.</summary>
public sealed record ActionItemResponse(Guid Id, int Version, Guid MeetingId, Guid? BodyId, string Title, Guid? OwnerActorId,
    string? OwnerStaff, DateOnly DueOn, string Status, bool Overdue, IReadOnlyList<StatusChange> History) : IVersionedResponse
{
    internal static ActionItemResponse Of(ActionItem i, int version, DateOnly today) => new(i.Id, version, i.MeetingId, i.BodyId,
        i.Title, i.OwnerActorId, i.OwnerStaff, i.DueOn, i.Status, i.OverdueOn(today), i.History);
}
