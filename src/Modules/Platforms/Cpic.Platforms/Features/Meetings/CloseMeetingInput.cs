using Cpic.BuildingBlocks;
using Cpic.Platforms.Domain;
using FluentValidation;

namespace Cpic.Platforms.Features.Meetings;

/// <summary>What a held meeting leaves behind: attendance, minutes, documents, proposals for measures and action items.</summary>
/// <param name="Attendance">Actors (and their people) present, excused or absent, at most 200.</param>
/// <param name="InternalMinutes" example="## Závěry&#10;- OAMP prověří...">Markdown for the centre's staff, at most 50,000 characters.</param>
/// <param name="PublicMinutes" example="## Závěry&#10;Platforma se shodla...">Markdown that may be shared with the members, at most 50,000 characters.</param>
/// <param name="Documents">Links to documents, at most 20.</param>
/// <param name="Proposals">Proposals for measures raised, at most 50.</param>
/// <param name="ActionItems">Action items agreed, at most 100.</param>
public sealed record CloseMeetingInput(IReadOnlyList<Attendance> Attendance, string? InternalMinutes, string? PublicMinutes,
    IReadOnlyList<DocumentLink>? Documents, IReadOnlyList<ProposalInput>? Proposals, IReadOnlyList<ActionItemInput>? ActionItems)
    : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<CloseMeetingInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Attendance.Count).InclusiveBetween(1, 200).OverridePropertyName("attendance").When(x => x.Attendance is not null);
            RuleForEach(x => x.Attendance).NotNull().ChildRules(a =>
            {
                a.RuleFor(x => x.ActorId).NotEmpty();
                a.RuleFor(x => x.Presence).Code(PlatformCodes.Presence, "presence");
            });
            RuleFor(x => x.InternalMinutes).MaximumLength(50_000);
            RuleFor(x => x.PublicMinutes).MaximumLength(50_000);
            RuleFor(x => x.Documents!.Count).LessThanOrEqualTo(20).OverridePropertyName("documents").When(x => x.Documents is not null);
            RuleForEach(x => x.Documents).NotNull().ChildRules(d =>
            {
                d.RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
                d.RuleFor(x => x.Url).NotEmpty().HttpUrl();
            });
            RuleFor(x => x.Proposals!.Count).LessThanOrEqualTo(50).OverridePropertyName("proposals").When(x => x.Proposals is not null);
            RuleForEach(x => x.Proposals).NotNull().ChildRules(p =>
            {
                p.RuleFor(x => x.Text).NotEmpty().MaximumLength(4000);
                p.RuleFor(x => x.AddressedTo).NotEmpty();
            });
            RuleFor(x => x.ActionItems!.Count).LessThanOrEqualTo(100).OverridePropertyName("actionItems").When(x => x.ActionItems is not null);
            RuleForEach(x => x.ActionItems).NotNull().ChildRules(i =>
            {
                i.RuleFor(x => x.Title).NotEmpty().MaximumLength(500);
                i.RuleFor(x => x.OwnerStaff).MaximumLength(100);
                i.RuleFor(x => x.OwnerActorId).Must((x, actor) => actor is null != x.OwnerStaff is null)
                    .WithMessage("Give the owner as ownerActorId (an actor) or ownerStaff (a member of staff), one of them.");
                i.RuleFor(x => x.DueOn).Plausible(clock);
            });
        }
    }
}

/// <summary>A proposal for a measure (podnět) raised at the meeting.</summary>
/// <param name="Text" example="Posílit kapacitu pracoviště OAMP v Liberci v období prodlužování dočasné ochrany">At most 4,000 characters.</param>
/// <param name="AddressedTo">The actor it is addressed to, of the centre.</param>
public sealed record ProposalInput(string Text, Guid AddressedTo);

/// <summary>An action item agreed at the meeting: owner (an actor or a member of staff) and due date.</summary>
/// <param name="Title" example="Send the school enrolment leaflet in Ukrainian">At most 500 characters.</param>
/// <param name="OwnerActorId">The actor that owns it, or</param>
/// <param name="OwnerStaff" example="jnovak">the member of staff (user id) who owns it.</param>
/// <param name="DueOn" example="2026-12-15">Due date.</param>
public sealed record ActionItemInput(string Title, Guid? OwnerActorId, string? OwnerStaff, DateOnly? DueOn);
