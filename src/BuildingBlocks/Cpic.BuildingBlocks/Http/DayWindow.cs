using System.Globalization;

namespace Cpic.BuildingBlocks.Http;

/// <summary>A window of days from today in a query parameter, written like <c>30d</c> (the <c>d</c> is optional unless strict).</summary>
public static class DayWindow
{
    /// <summary>
    /// The number of days, from 0 to <paramref name="max"/>; <paramref name="byDefault"/> when absent; else 422.
    /// <paramref name="strict"/> accepts only digits followed by <c>d</c> (no bare number, sign or spaces).
    /// </summary>
    public static int Parse(string? value, int byDefault, int max, string parameter = "within", bool strict = false)
    {
        if (value is null)
        {
            return byDefault;
        }

        var hasUnit = value.EndsWith('d');
        var styles = strict ? NumberStyles.None : NumberStyles.Integer;
        return (hasUnit || !strict) && int.TryParse(hasUnit ? value[..^1] : value, styles, CultureInfo.InvariantCulture, out var days)
               && days >= 0 && days <= max
            ? days
            : throw new UnprocessableException(parameter, $"{parameter} is a number of days from 0 to {max}, e.g. {byDefault}d.");
    }
}
