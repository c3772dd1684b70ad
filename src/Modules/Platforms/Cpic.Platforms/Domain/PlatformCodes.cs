using Cpic.BuildingBlocks.Reference;
using Cpic.Platforms.Contracts;

namespace Cpic.Platforms.Domain;

/// <summary>The Platforms module's code lists with Czech and English labels, served at <c>/api/v1/platforms/codes/{list}</c>.</summary>
internal static class PlatformCodes
{
    public static readonly CodeSet ActorTypes = new("actor-types", [.. NetworkCodes.ActorTypes.Select(Item)]);

    /// <summary>Themes of agenda items and of actors' expertise, from the Liberec centre's coordination work.</summary>
    public static readonly CodeSet Themes = new("themes",
    [
        new("aliens-act-amendment", "Novela zákona o pobytu cizinců", "Aliens act amendments"),
        new("labour-inspection", "Inspektorát práce", "Labour inspection"),
        new("illegal-migration", "Nelegální migrace", "Illegal migration"),
        new("education-system", "Vzdělávací systém a jeho problematika", "Education system"),
        new("human-trafficking", "Obchodování s lidmi", "Human trafficking"),
        new("foreigners-in-region", "Situace cizinců v kraji", "Situation of foreigners in the region"),
        new("agency-employment", "Agenturní zaměstnávání", "Agency employment"),
        new("temporary-protection", "Dočasná ochrana", "Temporary protection"),
        new("housing", "Bydlení", "Housing"),
        new("health-care", "Zdravotní péče", "Health care"),
        new("other", "Jiné", "Other"),
    ]);

    public static readonly CodeSet BodyKinds = new("body-kinds", [.. NetworkCodes.BodyKinds.Select(Item)]);

    public static readonly CodeSet Seats = new("seats",
    [
        new("chair", "Předseda", "Chair"), new("member", "Člen", "Member"), new("guest", "Host", "Guest"),
    ]);

    public static readonly CodeSet RelationTypes = new("relation-types",
    [
        new("parent-body", "Nadřízený orgán", "Parent body"), new("branch", "Pobočka", "Branch"),
        new("partner", "Partner", "Partner"),
    ]);

    public static readonly CodeSet ConsentPurposes = new("consent-purposes",
    [
        new("invitations", "Pozvánky na setkání", "Meeting invitations"), new("newsletters", "Informační zpravodaj", "Newsletters"),
    ]);

    public static readonly CodeSet Presence = new("presence",
    [
        new("present", "Přítomen", "Present"), new("excused", "Omluven", "Excused"), new("absent", "Nepřítomen", "Absent"),
    ]);

    public static readonly IReadOnlyList<CodeSet> All = [ActorTypes, Themes, BodyKinds, Seats, RelationTypes, ConsentPurposes, Presence];

    private static CodeListItem Item(NetworkCode code) => new(code.Code, code.Cs, code.En);
}

/// <summary>A named code list; <see cref="Contains"/> checks a code, <see cref="OneOf"/> says which codes exist.</summary>
internal sealed class CodeSet(string name, IReadOnlyList<CodeListItem> items)
{
    private readonly HashSet<string> _codes = [.. items.Select(i => i.Code)];

    public string Name { get; } = name;
    public IReadOnlyList<CodeListItem> Items { get; } = items;

    public bool Contains(string? code) => code is not null && _codes.Contains(code);

    public string OneOf(string field) => $"{field} is a code from /api/v1/platforms/codes/{Name}.";
}
