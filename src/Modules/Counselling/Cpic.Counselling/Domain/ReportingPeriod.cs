using Cpic.BuildingBlocks;

namespace Cpic.Counselling.Domain;

/// <summary>
/// Reporting periods are calendar months in Czech time, closed monthly: a record dated before the first day of the
/// current month belongs to a closed period, which only a centre head may change. Monitoring owns the formal
/// closing of a month; until it tells us otherwise, the current calendar month is the open period.
/// </summary>
internal static class ReportingPeriod
{
    /// <summary>Today in the Czech Republic: the latest date a service can have.</summary>
    public static DateOnly Today => TimeProvider.System.Today();

    public static bool IsClosed(DateOnly date) => date < new DateOnly(Today.Year, Today.Month, 1);
}
