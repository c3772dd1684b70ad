using Cpic.BuildingBlocks;
using Cpic.Platforms.Domain;
using FluentValidation;

namespace Cpic.Platforms.Features.FollowUp;

/// <summary>A new status of a proposal or an action item, dated.</summary>
/// <param name="Status" example="forwarded">Proposals: forwarded, accepted, rejected, implemented. Action items: done, cancelled.</param>
/// <param name="On" example="2026-11-25">The day it changed: not in the future.</param>
/// <param name="Note" example="Forwarded to the ministry's OAMP">Optional, at most 2,000 characters.</param>
public sealed record StatusInput(string Status, DateOnly? On, string? Note) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<StatusInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Status).NotEmpty().MaximumLength(20);
            RuleFor(x => x.On).Past(clock);
            RuleFor(x => x.Note).MaximumLength(2000);
        }
    }
}
