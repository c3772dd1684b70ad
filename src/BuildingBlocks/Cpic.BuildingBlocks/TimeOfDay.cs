using System.Globalization;

namespace Cpic.BuildingBlocks;

/// <summary>Times of day in the API: exactly <c>HH:mm</c> (24-hour, two digits each), in and out.</summary>
public static class TimeOfDay
{
    public const string Format = "HH:mm";

    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool IsValid(string? text) => TryParse(text, out _);

    /// <summary>A time already validated with <see cref="IsValid"/>.</summary>
    public static TimeOnly Parse(string text) => TimeOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);

    public static string Write(TimeOnly time) => time.ToString(Format, CultureInfo.InvariantCulture);
}
