using Cpic.Platforms.Domain;
using FluentValidation;

namespace Cpic.Platforms.Features.FollowUp;

/// <summary>Filters of the proposal and action item lists.</summary>
/// <param name="Status" example="open">A status of the listed kind (action items: open, done, cancelled).</param>
/// <param name="BodyId">Raised or agreed at meetings of this body.</param>
/// <param name="MeetingId">Raised or agreed at this meeting.</param>
/// <param name="ActorId">Action items: owned by this actor; proposals: addressed to it.</param>
/// <param name="OwnerStaff" example="jnovak">Action items owned by this member of staff.</param>
/// <param name="Overdue" example="true">Action items: only those open after their due date.</param>
/// <param name="Limit">Page size, 1–200 (default 50).</param>
/// <param name="Cursor">nextCursor of the previous page.</param>
internal sealed record FollowUpFilter(string? Status, Guid? BodyId, Guid? MeetingId, Guid? ActorId, string? OwnerStaff, bool? Overdue,
    int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<FollowUpFilter>
    {
        public Validator() => RuleFor(f => f.Status).Must(s => ProposalStatuses.All.Contains(s!) || ActionStatuses.All.Contains(s!))
            .When(f => f.Status is not null).WithMessage("status is a proposal or action item status.");
    }
}
