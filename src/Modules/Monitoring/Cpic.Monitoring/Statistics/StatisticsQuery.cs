using System.Globalization;
using Cpic.BuildingBlocks.Http;

namespace Cpic.Monitoring.Statistics;

/// <summary>Parses the query string of a statistics request; every bad value is a 422 naming its parameter.</summary>
internal static class StatisticsQuery
{
    public const int MaxYears = 10;

    public static (DateOnly From, DateOnly To) Period(string? from, string? to)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Date(from, "from", errors);
        var end = Date(to, "to", errors);
        if (errors.Count == 0 && end < start)
        {
            errors["to"] = ["to must not be before from."];
        }
        else if (errors.Count == 0 && start.Year <= DateOnly.MaxValue.Year - MaxYears && end > start.AddYears(MaxYears))
        {
            errors["to"] = [$"The period may span at most {MaxYears} years."];
        }

        return errors.Count > 0 ? throw new UnprocessableException(errors) : (start, end);
    }

    public static IReadOnlyList<Dimension> GroupBy(string? groupBy)
    {
        if (string.IsNullOrWhiteSpace(groupBy))
        {
            return [];
        }

        var names = groupBy.Split(',', StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => n.Length > 0 && Dimension.Find(n) is null).ToList();
        string? error = names.Contains("") ? "A dimension name is empty (write e.g. groupBy=nationality,serviceType)."
            : unknown.Count > 0 ? $"Unknown dimension(s): {string.Join(", ", unknown)}. Use: {Dimension.Names}."
            : names.Length > 2 ? "groupBy takes at most two dimensions (a cross table)."
            : names.Distinct(StringComparer.OrdinalIgnoreCase).Count() < names.Length ? "Name two different dimensions."
            : null;
        return error is null ? [.. names.Select(n => Dimension.Find(n)!)] : throw new UnprocessableException("groupBy", error);
    }

    public static bool Flag(string? value, string name) =>
        value is null ? false
        : bool.TryParse(value, out var flag) ? flag
        : throw new UnprocessableException(name, $"{name} must be true or false.");

    private static DateOnly Date(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors[name] = [$"{name} is required (yyyy-MM-dd)."];
            return default;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"{name} must be a date (yyyy-MM-dd)."];
        return default;
    }
}
