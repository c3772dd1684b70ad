namespace Cpic.Monitoring.Statistics;

/// <summary>What a statistics request asks for, after validation and scoping by the caller's role.</summary>
internal sealed record StatisticsFilter(
    DateOnly From, DateOnly To, string? Centre, string? Workplace, string? Region, IReadOnlyList<Dimension> GroupBy,
    bool Public);
