using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>
/// Binds a row's JSON to the API's request type with the API's JSON rules (camelCase, numbers as numbers, dates as
/// <c>yyyy-MM-dd</c>). A value of the wrong type or an impossible date, which the API answers with 400, becomes
/// the row's error on that field.
/// </summary>
public static class ImportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web) { NumberHandling = JsonNumberHandling.Strict };

    public static T? Read<T>(string json, IDictionary<string, string[]> errors)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path[2..] : "$";
            errors[field] = [$"{field}: the value has the wrong type or format."];
            return default;
        }
    }

    /// <summary>Adds <paramref name="more"/> to <paramref name="errors"/>, each field under <paramref name="prefix"/>.</summary>
    public static void AddErrors(IDictionary<string, string[]> errors, IReadOnlyDictionary<string, string[]> more, string prefix = "")
    {
        foreach (var (field, messages) in more)
        {
            errors[prefix + field] = messages;
        }
    }
}
