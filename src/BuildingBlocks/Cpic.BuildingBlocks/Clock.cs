namespace Cpic.BuildingBlocks;

public static class Clock
{
    /// <summary>The centres' time zone: every module's "today" is the date in Prague.</summary>
    public static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    /// <summary>Today's date in Prague by <paramref name="clock"/>, read when called.</summary>
    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Prague).DateTime);

    /// <summary>Midnight in Prague at the start of <paramref name="day"/>, as an instant (for scheduled messages).</summary>
    public static DateTimeOffset StartInPrague(this DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Prague), TimeSpan.Zero);
}
