using Cpic.BuildingBlocks;
using FluentValidation;

namespace Cpic.Counselling.Domain;

/// <summary>
/// Reporting periods are calendar months in Czech time, closed monthly: a record dated before the first day of the
/// current month belongs to a closed period, which only a centre head may change. Monitoring owns the formal
/// closing of a month; until it tells us otherwise, the current calendar month is the open period.
/// </summary>
internal static class ReportingPeriod
{
    /// <summary>No record is dated before this day.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static bool IsClosed(DateOnly date, DateOnly today) => date < new DateOnly(today.Year, today.Month, 1);

    /// <summary>The date of something that took place: given, not after today, not before 2000.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> TookPlace<T>(this IRuleBuilderInitial<T, DateOnly?> rule,
        TimeProvider clock, string future = "The date cannot be in the future.") =>
        rule.Cascade(CascadeMode.Stop).NotNull()
            .Must(d => d <= clock.Today()).WithMessage(future)
            .Must(d => d >= Earliest).WithMessage("The date is before 2000.");
}
