using System.Globalization;
using Npgsql;

namespace Cpic.Monitoring.Feed;

/// <summary>
/// A row of the facts feed, schema version 2 (docs/monitoring.md): one service and one client, the client by its
/// pseudonymous key (<see cref="ClientKeys"/>). The birth year is given as a five-year band; <c>primary</c> marks the
/// service's first row, the one to sum minutes over. <c>rowId</c> (new in 2) is the row's identity, which a merge
/// does not change (the client key does): consumers keep the latest row per rowId.
/// </summary>
internal static class FactRow
{
    public const int SchemaVersion = 2;

    public static readonly string[] Columns =
    [
        "seq", "serviceId", "clientKey", "status", "primary", "centre", "workplace", "region", "date", "serviceType",
        "form", "placeType", "topics", "minutes", "interpreterLanguage", "sex", "birthYearBand", "nationality",
        "residenceCategory", "rowId",
    ];

    public const string Select = """
        select seq, service_id, client_key, status, ordinal = 0, centre, workplace, region, date, service_type, form,
               place_type, topics, minutes, interpreter_language, sex, birth_year / 5 * 5, nationality, residence_category,
               client_id
        from monitoring.service_facts where seq > @after order by seq limit @limit
        """;

    /// <summary>The row's values as text, in <see cref="Columns"/> order; topics joined by '|'.</summary>
    public static void Read(NpgsqlDataReader reader, ClientKeys clientKeys, string?[] values)
    {
        var c = CultureInfo.InvariantCulture;
        values[0] = reader.GetInt64(0).ToString(c);
        values[1] = reader.GetGuid(1).ToString();
        values[2] = reader.IsDBNull(2) ? null : clientKeys.Of(reader.GetGuid(2));
        values[3] = reader.GetString(3);
        values[4] = reader.GetBoolean(4) ? "true" : "false";
        for (var i = 5; i <= 7; i++)
        {
            values[i] = reader.GetString(i);
        }

        values[8] = reader.GetFieldValue<DateOnly>(8).ToString("yyyy-MM-dd", c);
        values[9] = reader.GetString(9);
        values[10] = reader.GetString(10);
        values[11] = reader.GetString(11);
        values[12] = string.Join('|', reader.GetFieldValue<string[]>(12));
        values[13] = reader.GetInt32(13).ToString(c);
        values[14] = reader.IsDBNull(14) ? null : reader.GetString(14);
        values[15] = reader.IsDBNull(15) ? null : reader.GetString(15);
        values[16] = reader.IsDBNull(16) ? null : Band(reader.GetInt32(16));
        values[17] = reader.IsDBNull(17) ? null : reader.GetString(17);
        values[18] = reader.IsDBNull(18) ? null : reader.GetString(18);
        values[19] = clientKeys.RowOf(Guid.Parse(values[1]!), reader.GetGuid(19));
    }

    private static string Band(int start) => $"{start}-{start + 4}";
}
