using System.Globalization;
using Npgsql;

namespace Cpic.Monitoring.Feed;

/// <summary>
/// A row of the facts feed, schema version 3 (docs/monitoring.md). <c>kind</c> (new in 3) says what the row is: a
/// <c>service</c> row is one service and one client, the client by its pseudonymous key (<see cref="ClientKeys"/>), the
/// birth year as a five-year band, <c>primary</c> marking the service's first row (the one to sum minutes over); a
/// <c>fieldVisit</c>, <c>audience</c>, <c>case</c>, <c>referral</c> or <c>interpreterBooking</c> row is one activity,
/// without clients. <c>rowId</c> is the row's identity, which a merge does not change: consumers keep the latest row per
/// rowId.
/// </summary>
internal static class FactRow
{
    public const int SchemaVersion = 3;

    public static readonly string[] Columns =
    [
        "seq", "serviceId", "clientKey", "status", "primary", "centre", "workplace", "region", "date", "serviceType",
        "form", "placeType", "topics", "minutes", "interpreterLanguage", "sex", "birthYearBand", "nationality",
        "residenceCategory", "rowId", "kind", "people", "placeKey", "closedOn", "closeReason", "direction", "partnerType",
    ];

    /// <summary>The columns written as JSON numbers (the rest are strings, <c>primary</c> a flag, topics an array).</summary>
    public static readonly int[] Numbers = [0, 13, 21];

    public const int Primary = 4, Topics = 12;

    // Every kind in the same columns, as text but for seq, the ids, primary and the birth year; kinds lack what is null.
    private const string Service = """
        select seq, service_id, client_key, status, ordinal = 0, centre, workplace, region, date::text, service_type, form,
               place_type, array_to_string(topics, '|'), minutes::text, interpreter_language, sex, birth_year / 5 * 5,
               nationality, residence_category, client_id, 'service', null, null, null, null, null, null
        from monitoring.service_facts
        """;

    private const string Activities = """
        select seq, null::uuid, null::uuid, 'active', null::boolean, centre, workplace, region, date::text, null, null,
               place_type, array_to_string(topics, '|'), minutes::text, null, null, null::int, null, null, visit_id,
               'fieldVisit', people_reached::text, place_key, null, null, null, null
        from monitoring.field_visit_facts where seq > @after order by seq limit @limit)
        union all (
        select seq, service_id, null, case when cancelled then 'cancelled' else 'active' end, null, centre, workplace,
               nullif(region, ''), date::text, service_type, null, null, null, null, null, null, null, null, null, service_id,
               'audience', audience::text, null, null, null, null, null
        from monitoring.service_audiences where seq > @after and (audience > 0 or revision > 0) order by seq limit @limit)
        union all (
        select seq, null, null, case when closed_on is null then 'open' else 'closed' end, null, centre, workplace,
               region, opened_on::text, null, null, null, null, null, null, null, null, null, null, case_id,
               'case', null, null, closed_on::text, close_reason, null, null
        from monitoring.case_facts where seq > @after order by seq limit @limit)
        union all (
        select seq, null, null, status, null, centre, null, region, date::text, null, null, null, null, null, null, null,
               null, null, null, referral_id, 'referral', null, null, null, null, direction, partner_type
        from monitoring.referral_facts where seq > @after order by seq limit @limit)
        union all (
        select seq, null, null, 'active', null, centre, null, region, date::text, null, null, null, null, minutes::text,
               language, null, null, null, null, booking_id, 'interpreterBooking', null, null, null, null, null, null
        from monitoring.interpreter_booking_facts where seq > @after order by seq limit @limit
        """;

    public const string Select = $"""
        select * from (
            ({Service} where seq > @after order by seq limit @limit)
            union all ({Activities})
        ) rows order by seq limit @limit
        """;

    /// <summary>The row's values as text, in <see cref="Columns"/> order; topics joined by '|'.</summary>
    public static void Read(NpgsqlDataReader reader, ClientKeys clientKeys, string?[] values)
    {
        var c = CultureInfo.InvariantCulture;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i) ? null : i switch
            {
                0 => reader.GetInt64(i).ToString(c),
                1 => reader.GetGuid(i).ToString(),
                2 => clientKeys.Of(reader.GetGuid(i)),
                Primary => reader.GetBoolean(i) ? "true" : "false",
                16 => Band(reader.GetInt32(i)),
                19 => reader.GetGuid(i).ToString(),
                _ => reader.GetString(i),
            };
        }

        // The identity of a service row hashes the service and the client it named; of an activity, its kind and id.
        values[19] = values[20] == "service"
            ? clientKeys.RowOf(Guid.Parse(values[1]!), Guid.Parse(values[19]!))
            : clientKeys.RowOf(values[20]!, Guid.Parse(values[19]!));
    }

    private static string Band(int start) => $"{start}-{start + 4}";
}
