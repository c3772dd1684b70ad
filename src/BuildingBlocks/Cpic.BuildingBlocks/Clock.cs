namespace Cpic.BuildingBlocks;

public static class Clock
{
    /// <summary>Today's date (UTC) by <paramref name="clock"/>, read when called.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
