using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>
/// A distribution list: a query (all given criteria must match; within a criterion any value) and/or actors and people
/// picked by hand. Resolved at send time to the people of the selected active actors (and the people picked) who consent
/// to <c>purpose</c> and have an e-mail.
/// </summary>
/// <param name="Name" example="Školy a poradny – zpravodaj">At most 200 characters.</param>
/// <param name="Purpose" example="newsletters">A consent purpose: invitations or newsletters.</param>
/// <param name="ActorTypes" example="[&quot;primary-school&quot;, &quot;ppp&quot;]">Actor type codes.</param>
/// <param name="Towns" example="[&quot;Liberec&quot;]">Towns, ignoring case and diacritics.</param>
/// <param name="Themes" example="[&quot;education-system&quot;]">Themes of expertise (codes).</param>
/// <param name="BodyIds">Bodies: actors with a current seat in any of them.</param>
/// <param name="ActorIds">Actors picked by hand: all their people.</param>
/// <param name="PersonIds">People picked by hand.</param>
public sealed record ListInput(string Name, string Purpose, IReadOnlyList<string>? ActorTypes, IReadOnlyList<string>? Towns,
    IReadOnlyList<string>? Themes, IReadOnlyList<Guid>? BodyIds, IReadOnlyList<Guid>? ActorIds, IReadOnlyList<Guid>? PersonIds)
    : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<ListInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
            RuleFor(x => x.Purpose).Code(PlatformCodes.ConsentPurposes, "purpose");
            RuleForEach(x => x.ActorTypes).Code(PlatformCodes.ActorTypes, "actorTypes");
            RuleForEach(x => x.Themes).Code(PlatformCodes.Themes, "themes");
            RuleForEach(x => x.Towns).NotEmpty().MaximumLength(100);
            RuleFor(x => Count(x)).InclusiveBetween(1, 500).OverridePropertyName("actorTypes")
                .WithMessage("Give at least one criterion (actorTypes, towns, themes, bodyIds) or actors or people by hand, at most 500 in all.");
        }

        private static int Count(ListInput x) => (x.ActorTypes?.Count ?? 0) + (x.Towns?.Count ?? 0) + (x.Themes?.Count ?? 0)
            + (x.BodyIds?.Count ?? 0) + (x.ActorIds?.Count ?? 0) + (x.PersonIds?.Count ?? 0);
    }

    /// <summary>Checks bodies, actors and people against the centre's (422 naming the field), then fills the list.</summary>
    internal async Task ApplyToAsync(DistributionList list, IDocumentSession session, CancellationToken ct)
    {
        var (bodyIds, actorIds, personIds) = (BodyIds ?? [], ActorIds ?? [], PersonIds ?? []);
        var bodies = (await session.LoadManyAsync<Body>(ct, bodyIds.Distinct())).Select(b => b.Id).ToHashSet();
        var known = await KnownActors.LoadAsync(session, actorIds, [], ct);
        var people = (await session.LoadManyAsync<ContactPerson>(ct, personIds.Distinct())).Select(p => p.Id).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < bodyIds.Count; i++)
        {
            if (!bodies.Contains(bodyIds[i])) errors[$"bodyIds[{i}]"] = [$"Body {bodyIds[i]} is not a body of this centre."];
        }

        for (var i = 0; i < personIds.Count; i++)
        {
            if (!people.Contains(personIds[i])) errors[$"personIds[{i}]"] = [$"Person {personIds[i]} is not a person of this centre."];
        }

        for (var i = 0; i < actorIds.Count; i++) known.Actor(actorIds[i], $"actorIds[{i}]");
        if (errors.Count > 0) throw new UnprocessableException(errors);
        known.ThrowIfAny();
        (list.Name, list.Purpose, list.ActorTypes, list.Themes) = (Name.Trim(), Purpose, [.. (ActorTypes ?? []).Distinct()], [.. (Themes ?? []).Distinct()]);
        (list.Towns, list.BodyIds) = ([.. (Towns ?? []).Select(t => t.Trim()).Distinct()], [.. bodyIds.Distinct()]);
        (list.ActorIds, list.PersonIds) = ([.. actorIds.Distinct()], [.. personIds.Distinct()]);
    }
}

/// <summary>A distribution list as stored (no addresses: see its <c>recipients</c> for who it reaches today).</summary>
public sealed record ListResponse(Guid Id, int Version, string Name, string Purpose, IReadOnlyList<string> ActorTypes,
    IReadOnlyList<string> Towns, IReadOnlyList<string> Themes, IReadOnlyList<Guid> BodyIds, IReadOnlyList<Guid> ActorIds,
    IReadOnlyList<Guid> PersonIds) : IVersionedResponse
{
    internal static ListResponse Of(DistributionList l, int version) =>
        new(l.Id, version, l.Name, l.Purpose, l.ActorTypes, l.Towns, l.Themes, l.BodyIds, l.ActorIds, l.PersonIds);
}

/// <summary>A person the list reaches: they consent to its purpose and have an e-mail.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="ActorId">Their actor.</param>
/// <param name="ActorName" example="Pedagogicko-psychologická poradna Liberec">The actor's name.</param>
/// <param name="Name" example="Jana Příkladová">The person's name.</param>
/// <param name="Email" example="jana.prikladova@example.org">Their e-mail.</param>
internal sealed record Recipient(Guid PersonId, Guid ActorId, string ActorName, string Name, string Email);
