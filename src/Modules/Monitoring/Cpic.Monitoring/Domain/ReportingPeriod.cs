using System.Globalization;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Statistics;
using JasperFx;

namespace Cpic.Monitoring.Domain;

/// <summary>A centre's reporting month (id <c>LBC:2025-03</c>): open until its head closes it, reopened by the ministry.</summary>
internal sealed class ReportingPeriod : IRevisioned
{
    public string Id { get; set; } = "";
    public string Centre { get; set; } = "";
    public string Month { get; set; } = "";
    public bool Closed { get; set; }
    public int Snapshots { get; set; }
    public int Version { get; set; }

    public static string IdOf(string centre, string month) => $"{centre}:{month}";
}

/// <summary>The figures of a closed month as they were when it was closed. Inserted once, never changed.</summary>
internal sealed record PeriodSnapshot(
    string Id, string Centre, string Month, int Number, DateTimeOffset TakenAt, string TakenBy, StatisticsResult Figures)
{
    public static string IdOf(string centre, string month, int number) => $"{centre}:{month}:{number}";
}

/// <summary>A month in the <c>yyyy-MM</c> form of the routes.</summary>
internal readonly record struct ReportingMonth(DateOnly First)
{
    public DateOnly Last => new(First.Year, First.Month, DateTime.DaysInMonth(First.Year, First.Month));

    public override string ToString() => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static ReportingMonth Parse(string value) =>
        !DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? throw new UnprocessableException("month", "The month must be written yyyy-MM.")
            : first.Year < 2000 ? throw new UnprocessableException("month", "The month must be 2000-01 or later; no records are older.")
            : new ReportingMonth(first);

    public StatisticsFilter Filter(string centre) => new(First, Last, centre, null, null, [], false);
}
