using Cpic.Counselling.Contracts;

namespace Cpic.Counselling.Domain;

/// <summary>
/// What a service record says. <see cref="ClientIds"/> lists the clients served (one for an individual service,
/// several for a group); <see cref="AudienceSize"/> counts an unregistered audience (information sessions).
/// </summary>
public sealed record ServiceDetails(
    IReadOnlyList<Guid> ClientIds,
    int? AudienceSize,
    DateOnly Date,
    string? StartTime,
    int Minutes,
    string ServiceType,
    string Form,
    string Workplace,
    Place Place,
    IReadOnlyList<string> Topics,
    Interpreter? Interpreter,
    IReadOnlyList<string> Workers,
    string? FundingSource,
    string? Outcome,
    string? Notes);

/// <summary>
/// Where a service was given: <c>workplace</c> (a workplace of the centre, or remotely from it) or a field place
/// type (dormitory, company...) with the place's name and town.
/// </summary>
public sealed record Place(string Type, string? Name, string? Town);

/// <summary>An interpreter used during a service: the language, and whether a community interpreter was external.</summary>
public sealed record Interpreter(string Language, bool External);

/// <summary>The kinds of place a service or field visit happens at.</summary>
internal static class PlaceTypes
{
    public const string Workplace = "workplace";

    /// <summary>Field places (<see cref="CounsellingCodes.FieldPlaceTypes"/>).</summary>
    public static readonly IReadOnlyList<string> Field = CounsellingCodes.FieldPlaceTypes;

    public static readonly IReadOnlyList<string> All = [Workplace, .. Field];
}
