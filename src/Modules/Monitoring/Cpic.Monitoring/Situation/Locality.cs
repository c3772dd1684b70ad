using JasperFx;

namespace Cpic.Monitoring.Situation;

/// <summary>
/// A locality of interest in the centre's region (industrial zone, dormitory, socially excluded locality, school,
/// employer...), with its observations. Tenanted by centre: staff see their own, ministry roles read across centres.
/// </summary>
internal sealed class Locality : IRevisioned
{
    public static readonly IReadOnlyList<string> Kinds =
    [
        "industrial-zone", "dormitory", "socially-excluded-locality", "kindergarten", "primary-school",
        "secondary-school", "employer", "other",
    ];

    public Guid Id { get; set; }
    public string Centre { get; set; } = "";
    public string Region { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Town { get; set; } = "";
    public string? Address { get; set; }
    public List<Observation> Observations { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>
/// What was seen at a locality in a quarter (<c>2025-Q1</c>): indicators, a qualitative note about the locality
/// (never about a person) and the tension risk with its reason and proposed preventive measures.
/// </summary>
public sealed record Observation(
    Guid Id, string Quarter, DateOnly ObservedOn, Indicators Indicators, string? Note, string TensionRisk,
    string? RiskReason, string? PreventiveMeasures);

/// <summary>Counts observed; <c>WorkersByCountry</c> maps ISO country codes to foreign workers.</summary>
/// <param name="ForeignWorkers" example="240">Foreign workers at the locality (0–1,000,000).</param>
/// <param name="WorkersByCountry">Foreign workers by country of origin (ISO 3166-1 alpha-2), e.g. {"VN": 120, "UA": 80}.</param>
/// <param name="ForeignPupils" example="0">Foreign pupils (schools, kindergartens).</param>
/// <param name="Residents" example="180">Residents (dormitories, socially excluded localities).</param>
/// <param name="HousingConditions" example="Rooms for six, shared kitchen">Housing conditions, at most 2,000 characters.</param>
/// <param name="HealthcareConditions" example="No GP takes new patients">Healthcare conditions, at most 2,000 characters.</param>
public sealed record Indicators(
    int? ForeignWorkers, IReadOnlyDictionary<string, int>? WorkersByCountry, int? ForeignPupils, int? Residents,
    string? HousingConditions, string? HealthcareConditions);
