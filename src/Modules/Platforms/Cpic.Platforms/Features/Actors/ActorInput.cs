using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.BuildingBlocks.Reference;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;

namespace Cpic.Platforms.Features.Actors;

/// <summary>An actor (partner organisation) of the centre's network.</summary>
/// <param name="Name" example="Krajský úřad Libereckého kraje">The organisation's name, at most 300 characters.</param>
/// <param name="Type" example="regional-office">A code from /api/v1/platforms/codes/actor-types.</param>
/// <param name="Ico" example="70891508">IČO: 8 digits with a valid check digit; unique within the centre.</param>
/// <param name="Town" example="Liberec">Town, at most 100 characters.</param>
/// <param name="Region" example="CZ051">Region (CZ-NUTS code from /api/v1/reference/regions).</param>
/// <param name="Web" example="https://www.kraj-lbc.cz">Web site, http or https.</param>
/// <param name="Themes" example="[&quot;education-system&quot;]">Themes of expertise, codes from /api/v1/platforms/codes/themes.</param>
/// <param name="JoinedOn" example="2024-02-01">The day it joined the network: not in the future.</param>
/// <param name="Active" example="true">false for an actor no longer in the network; defaults to true.</param>
public sealed record ActorInput(string Name, string Type, string? Ico, string? Town, string? Region, string? Web,
    IReadOnlyList<string>? Themes, DateOnly? JoinedOn, bool? Active) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<ActorInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
            RuleFor(x => x.Type).Code(PlatformCodes.ActorTypes, "type");
            RuleFor(x => x.Ico).Must(IcoNumber.IsValid).When(x => x.Ico is not null)
                .WithMessage("ico is 8 digits with a valid check digit (e.g. 70891508).");
            RuleFor(x => x.Town).MaximumLength(100);
            RuleFor(x => x.Region).Must(CodeLists.Regions.Contains).When(x => x.Region is not null)
                .WithMessage("region is a CZ-NUTS code from /api/v1/reference/regions.");
            RuleFor(x => x.Web).HttpUrl();
            RuleFor(x => x.Themes!.Count).LessThanOrEqualTo(20).OverridePropertyName("themes").When(x => x.Themes is not null);
            RuleForEach(x => x.Themes).Code(PlatformCodes.Themes, "themes");
            RuleFor(x => x.JoinedOn).Past(clock);
        }
    }

    internal void ApplyTo(Actor actor)
    {
        actor.Name = Name.Trim();
        actor.SearchName = SearchText.Of(Name);
        actor.Type = Type;
        actor.Ico = Ico;
        actor.Town = Town?.Trim();
        actor.SearchTown = Town is null ? null : SearchText.Of(Town);
        actor.Region = Region;
        actor.Web = Web;
        actor.Themes = [.. (Themes ?? []).Distinct()];
        actor.JoinedOn = JoinedOn!.Value;
        actor.Active = Active ?? true;
    }

    /// <summary>Takes the centre's IČO lock and refuses (409) an IČO another actor of the centre has.</summary>
    internal async Task EnsureIcoFreeAsync(IDocumentSession session, Guid self, CancellationToken ct)
    {
        if (Ico is null) return;
        await session.LockAsync($"platforms-ico:{session.TenantId}:{Ico}", ct);
        var holder = await session.Query<Actor>().Where(a => a.Ico == Ico && a.Id != self).Select(a => a.Id).FirstOrDefaultAsync(ct);
        if (holder != Guid.Empty)
        {
            throw new ConflictException(ProblemTypes.DuplicateActor, $"Actor {holder} of this centre already has IČO {Ico}.",
                new Dictionary<string, object?> { ["actorId"] = holder });
        }
    }
}

/// <summary>
/// An actor of the centre's network. <c>firstParticipationOn</c> is the first meeting it attended or body it sat in: it
/// is a new actor in the period of that day. <c>possibleDuplicates</c> comes only when registering: actors of the centre
/// with a similar name.
/// </summary>
public sealed record ActorResponse(
    Guid Id, int Version, string Name, string Type, string? Ico, string? Town, string? Region, string? Web,
    IReadOnlyList<string> Themes, DateOnly JoinedOn, bool Active, DateOnly? FirstParticipationOn,
    IReadOnlyList<ActorRelation> Relations, IReadOnlyList<DuplicateCandidate>? PossibleDuplicates = null) : IVersionedResponse
{
    internal static ActorResponse From(Actor a, int version) => new(a.Id, version, a.Name, a.Type, a.Ico, a.Town, a.Region,
        a.Web, a.Themes, a.JoinedOn, a.Active, a.FirstParticipationOn, a.Relations);

    internal static ActorResponse From(Actor a) => From(a, a.Version);
}
