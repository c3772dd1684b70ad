using System.Globalization;

namespace Cpic.BuildingBlocks.Http;

/// <summary>A window of days from today in a query parameter, written like <c>30d</c> (the <c>d</c> is optional).</summary>
public static class DayWindow
{
    /// <summary>The number of days, from 0 to <paramref name="max"/>; <paramref name="byDefault"/> when absent; else 422.</summary>
    public static int Parse(string? value, int byDefault, int max, string parameter = "within")
    {
        if (value is null)
        {
            return byDefault;
        }

        var text = value.EndsWith('d') ? value[..^1] : value;
        return int.TryParse(text, CultureInfo.InvariantCulture, out var days) && days >= 0 && days <= max
            ? days
            : throw new UnprocessableException(parameter, $"{parameter} is a number of days from 0 to {max}, e.g. {byDefault}d.");
    }
}
