using System.Globalization;
using System.Text.Json;

namespace Cpic.Monitoring.Tests.Model;

/// <summary>
/// The statistics of a period and scope computed from the model's fact rows by the definitions, and the same
/// figures read from a response, both as one canonical text so that a difference shows line by line.
/// </summary>
internal static class ExpectedFigures
{
    private static readonly string[] ServiceDimensions =
        ["serviceType", "form", "placeType", "topic", "interpreterLanguage", "centre", "workplace", "region", "month"];

    private static readonly string[] ClientDimensions = ["nationality", "residenceCategory", "sex", "ageBand"];

    public static string Of(IReadOnlyList<HistoryModel.Row> rows, Func<string, string> regionOf, DateOnly to, string[] groupBy)
    {
        var primary = rows.Where(r => r.Ordinal == 0).ToList();
        var clients = rows.Where(r => r.Key is not null).Select(r => r.Key).Distinct().Count();
        var lines = new List<string>
        {
            $"totals {clients} {primary.Count} {primary.Sum(r => r.Service.Minutes)} {primary.Count(r => r.Service.InterpreterLanguage is not null)}",
        };
        foreach (var dimension in ServiceDimensions)
        {
            var values = rows.SelectMany(r => ValuesOf(r, dimension, regionOf, to).Select(v => (Value: v, Row: r)))
                .Where(x => dimension != "interpreterLanguage" || x.Value is not null);
            lines.AddRange(values.GroupBy(x => x.Value).Select(g => Line(dimension, g.Key, null, g.Select(x => x.Row).ToList(), false)));
        }

        // Client dimensions: one value per client (the residence category of its last service), services received.
        var perClient = rows.GroupBy(r => r.Key).Select(g => (g.Key, Rows: g.ToList(), Last: g.OrderBy(r => r.Service.Date).Last())).ToList();
        foreach (var dimension in ClientDimensions)
        {
            lines.AddRange(perClient.GroupBy(c => c.Key is null ? null : ValuesOf(c.Last, dimension, regionOf, to)[0]).Select(g =>
                $"{dimension} {g.Key ?? "-"} {g.Count(c => c.Key is not null)} {g.Sum(c => c.Rows.Count)}"));
        }

        lines.Add($"countries {perClient.Where(c => c.Key is not null).Select(c => c.Last.Client?.Nationality).OfType<string>().Distinct().Count()}");
        if (groupBy.Length > 0)
        {
            var ofClient = groupBy.Any(ClientDimensions.Contains);
            var cells = from r in rows
                        from a in ValuesOf(r, groupBy[0], regionOf, to)
                        from b in groupBy.Length > 1 ? ValuesOf(r, groupBy[1], regionOf, to) : [null]
                        group r by (a, b);
            lines.AddRange(cells.Select(g => Line("cross", g.Key.a, g.Key.b, g.ToList(), ofClient)));
        }

        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    /// <summary>The same figures from a statistics response.</summary>
    public static string Read(JsonElement stats)
    {
        var t = stats.GetProperty("totals");
        var lines = new List<string>
        {
            $"totals {t.GetProperty("clients")} {t.GetProperty("services")} {t.GetProperty("minutes")} {t.GetProperty("interpretedServices")}",
            $"countries {t.GetProperty("countries")}",
        };
        foreach (var dimension in stats.GetProperty("breakdowns").EnumerateObject())
        {
            var ofClient = ClientDimensions.Contains(dimension.Name);
            lines.AddRange(dimension.Value.EnumerateArray().Select(r => ofClient
                ? $"{dimension.Name} {Code(r.GetProperty("code"))} {r.GetProperty("clients")} {r.GetProperty("services")}"
                : $"{dimension.Name} {Code(r.GetProperty("code"))} - {r.GetProperty("clients")} {r.GetProperty("services")} {r.GetProperty("minutes")}"));
        }

        if (stats.TryGetProperty("crossTable", out var cross) && cross.ValueKind == JsonValueKind.Object)
        {
            lines.AddRange(cross.GetProperty("rows").EnumerateArray().Select(r =>
            {
                var keys = r.GetProperty("keys").EnumerateArray().ToList();
                var minutes = r.TryGetProperty("minutes", out var m) && m.ValueKind != JsonValueKind.Null ? m.ToString() : "-";
                return $"cross {Code(keys[0])} {(keys.Count > 1 ? Code(keys[1]) : "-")} {r.GetProperty("clients")} {r.GetProperty("services")} {minutes}";
            }));
        }

        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    private static string Code(JsonElement code) => code.ValueKind == JsonValueKind.Null ? "-" : code.GetString()!;

    private static string Line(string dimension, string? a, string? b, List<HistoryModel.Row> rows, bool received)
    {
        var primary = rows.Where(r => r.Ordinal == 0).ToList();
        var clients = rows.Where(r => r.Key is not null).Select(r => r.Key).Distinct().Count();
        var minutes = received ? "-" : primary.Sum(r => r.Service.Minutes).ToString(CultureInfo.InvariantCulture);
        return $"{dimension} {a ?? "-"} {b ?? "-"} {clients} {(received ? rows.Count : primary.Count)} {minutes}";
    }

    /// <summary>The values of a row for a dimension (several topics; one value otherwise).</summary>
    private static string?[] ValuesOf(HistoryModel.Row r, string dimension, Func<string, string> regionOf, DateOnly to) => dimension switch
    {
        "serviceType" => [r.Service.ServiceType],
        "form" => [r.Service.Form],
        "placeType" => [r.Service.PlaceType],
        "topic" => [.. r.Service.Topics],
        "interpreterLanguage" => [r.Service.InterpreterLanguage],
        "centre" => [r.Service.Centre],
        "workplace" => [r.Service.Workplace],
        "region" => [regionOf(r.Service.Centre)],
        "month" => [r.Service.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)],
        "nationality" => [r.Client?.Nationality],
        "residenceCategory" => [r.Category],
        "sex" => [r.Client?.Sex],
        "ageBand" => [r.Client?.BirthYear is { } year ? AgeBand(to.Year - year) : null],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static string AgeBand(int age) => age switch
    {
        < 15 => "0-14", < 18 => "15-17", < 25 => "18-24", < 35 => "25-34", < 45 => "35-44", < 62 => "45-61", _ => "62+",
    };
}
