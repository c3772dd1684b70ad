using Cpic.BuildingBlocks;
using Microsoft.Extensions.Time.Testing;

namespace Cpic.Testing;

/// <summary>A clock for unit tests of rules that ask for today (ADR 0011): Prague's wall-clock time, moved by hand.</summary>
public static class TestClock
{
    /// <summary>A fake clock showing <paramref name="pragueTime"/> in Prague.</summary>
    public static FakeTimeProvider At(DateTime pragueTime) =>
        new(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(pragueTime, DateTimeKind.Unspecified), Clock.Prague)));
}
