using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring.Domain;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>What the regional summary and the ministry's high-risk list share: their rows and the quarter's observations.</summary>
internal static class SituationSummaries
{
    internal sealed record RiskyLocality(
        Guid LocalityId, string Centre, string Region, string Name, string Kind, string Town, DateOnly ObservedOn,
        string? Reason, string? PreventiveMeasures);

    internal sealed record Summary(
        string Region, string Quarter, int Localities, IReadOnlyDictionary<string, int> LocalitiesByKind, int Observed,
        IReadOnlyDictionary<string, int> TensionRisk, long ForeignWorkers, IReadOnlyDictionary<string, long> WorkersByCountry,
        long ForeignPupils, long Residents, IReadOnlyList<RiskyLocality> HighRisk);

    public static Quarters Parse(string? quarter) => Quarters.TryParse(quarter, out var q) ? q
        : throw new UnprocessableException("quarter", "quarter is required, written yyyy-Qn (e.g. 2025-Q1).");

    /// <summary>The latest observation of <paramref name="locality"/> in <paramref name="quarter"/>, if any.</summary>
    public static Observation? Latest(Locality locality, string quarter) => locality.Observations
        .Where(o => string.Equals(o.Quarter, quarter, StringComparison.OrdinalIgnoreCase)).MaxBy(o => o.ObservedOn);

    public static RiskyLocality Risky(Locality l, Observation o) =>
        new(l.Id, l.Centre, l.Region, l.Name, l.Kind, l.Town, o.ObservedOn, o.RiskReason, o.PreventiveMeasures);
}
