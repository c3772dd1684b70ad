using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;

namespace Cpic.Platforms.Features.Bodies;

/// <summary>A platform, working group, commission... and its members. Give either <c>meetingsPerYear</c> or <c>intervalDays</c>.</summary>
/// <param name="Name" example="Regionální platforma Libereckého kraje">At most 300 characters.</param>
/// <param name="Kind" example="regional-platform">A code from /api/v1/platforms/codes/body-kinds.</param>
/// <param name="OrganiserActorId">The actor that organises it; null when the centre does.</param>
/// <param name="Themes" example="[&quot;foreigners-in-region&quot;]">Codes from /api/v1/platforms/codes/themes.</param>
/// <param name="MeetingsPerYear" example="3">Expected meetings a year, 1–52.</param>
/// <param name="IntervalDays" example="90">Or the expected interval between meetings in days, 7–730.</param>
/// <param name="From" example="2024-01-01">Since when it works.</param>
/// <param name="To">Until when, if it ended.</param>
/// <param name="Members">Actors with their seat and representative, at most 200.</param>
public sealed record BodyInput(string Name, string Kind, Guid? OrganiserActorId, IReadOnlyList<string>? Themes,
    int? MeetingsPerYear, int? IntervalDays, DateOnly? From, DateOnly? To, IReadOnlyList<Member>? Members) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<BodyInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
            RuleFor(x => x.Kind).Code(PlatformCodes.BodyKinds, "kind");
            RuleForEach(x => x.Themes).Code(PlatformCodes.Themes, "themes");
            RuleFor(x => x.MeetingsPerYear).InclusiveBetween(1, 52);
            RuleFor(x => x.IntervalDays).InclusiveBetween(7, 730);
            RuleFor(x => x.MeetingsPerYear).Must((x, perYear) => perYear is null != x.IntervalDays is null)
                .WithMessage("Give either meetingsPerYear or intervalDays (the expected cadence), not both.");
            RuleFor(x => x.From).Plausible(clock);
            RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.To is not null);
            RuleFor(x => x.Members!.Count).LessThanOrEqualTo(200).OverridePropertyName("members").When(x => x.Members is not null);
            RuleForEach(x => x.Members).NotNull().ChildRules(m =>
            {
                m.RuleFor(x => x.ActorId).NotEmpty();
                m.RuleFor(x => x.Seat).Code(PlatformCodes.Seats, "seat");
                m.RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.To is not null);
            });
        }
    }

    /// <summary>
    /// Checks the organiser and members against the centre's actors and people (422), then fills the body; seats begun
    /// by <paramref name="today"/> are participations.
    /// </summary>
    internal async Task ApplyToAsync(Body body, IDocumentSession session, DateOnly today, CancellationToken ct)
    {
        var members = Members ?? [];
        var known = await KnownActors.LoadAsync(session, members.Select(m => m.ActorId).Concat(OrganiserActorId is { } o ? [o] : []),
            members.Where(m => m.PersonId is not null).Select(m => m.PersonId!.Value), ct);
        if (OrganiserActorId is { } organiser) known.Actor(organiser, "organiserActorId");
        for (var i = 0; i < members.Count; i++)
        {
            known.Actor(members[i].ActorId, $"members[{i}].actorId");
            known.Person(members[i].PersonId, members[i].ActorId, $"members[{i}].personId");
        }

        known.ThrowIfAny();
        (body.Name, body.Kind, body.OrganiserActorId, body.Themes) = (Name.Trim(), Kind, OrganiserActorId, [.. (Themes ?? []).Distinct()]);
        (body.MeetingsPerYear, body.IntervalDays, body.From, body.To, body.Members) = (MeetingsPerYear, IntervalDays, From!.Value, To, members);
        var seated = members.Where(m => m.From <= today).ToList();
        ParticipationOf.Record(session, seated.Select(m => (known[m.ActorId], m.From)));
    }
}

/// <summary>A body; <c>organisedByCentre</c> is true when the centre organises it, <c>allowedGapDays</c> the longest gap its cadence allows.</summary>
public sealed record BodyResponse(Guid Id, int Version, string Name, string Kind, Guid? OrganiserActorId, bool OrganisedByCentre,
    IReadOnlyList<string> Themes, int? MeetingsPerYear, int? IntervalDays, int AllowedGapDays, DateOnly From, DateOnly? To,
    IReadOnlyList<Member> Members) : IVersionedResponse
{
    internal static BodyResponse Of(Body b, int version) => new(b.Id, version, b.Name, b.Kind, b.OrganiserActorId,
        b.OrganiserActorId is null, b.Themes, b.MeetingsPerYear, b.IntervalDays, b.AllowedGapDays, b.From, b.To, b.Members);

    internal static BodyResponse Of(Body b) => Of(b, b.Version);
}
