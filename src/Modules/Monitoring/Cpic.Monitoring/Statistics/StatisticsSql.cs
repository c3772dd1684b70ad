using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The statistics in one statement over the period's fact rows. Service dimensions count distinct clients through
/// grouping sets of (value, client key); client dimensions and totals come from one row per client. Services count
/// once through their first row (<c>ordinal = 0</c>), so a group service with many clients is one service.
/// A client counts under the residence category of its last service in the period (the category valid on the last
/// day of the period on which it had a service); a service under the category valid on its date (definitions 2.0).
/// Result rows: kind (service, client, topic, cross), grouping mask, two keys, clients, services, received, minutes.
/// Every measure is a sum over clients, which is what lets <see cref="Facts.StatisticsCube"/> keep them per month
/// and year with the same aggregation (<see cref="Rows"/> with its period and scope columns in front).
/// </summary>
internal static class StatisticsSql
{
    private static readonly string ServiceColumns = string.Join(", ", Dimension.OfService.Select(d => d.Column));
    private static readonly string ClientColumns = string.Join(", ", Dimension.OfClients.Select(d => d.Column));

    private const string Measures = """
        count(distinct client_key)::bigint, (count(*) filter (where ordinal = 0))::bigint, count(*)::bigint,
        coalesce(sum(minutes) filter (where ordinal = 0), 0)::bigint
        """;

    /// <summary>The columns of <c>f</c>, the filtered fact rows; age is reached in the year <paramref name="toYear"/>.</summary>
    public static string FactColumns(string toYear) => $"""
        client_key, ordinal, minutes, service_type, form, place_type, topics, interpreter_language,
        nationality, residence_category, sex, {AgeBand(toYear)} as age_band, centre, workplace, region,
        date, to_char(date, 'YYYY-MM') as month
        """;

    public static NpgsqlCommand Command(NpgsqlConnection connection, StatisticsFilter filter)
    {
        var sql = $"""
            with f as materialized (
                select {FactColumns("@to_year")}
                from monitoring.service_facts
                where status = 'active' and date between @from and @to
                  and (@centre::text is null or centre = @centre) and (@workplace::text is null or workplace = @workplace)
                  and (@region::text is null or region = @region)),
            {Rows("")}
            {CrossTable(filter.GroupBy)}
            """;
        var command = new NpgsqlCommand(sql, connection);
        StatisticsReader.AddScope(command, filter);
        command.Parameters.AddWithValue("to_year", filter.To.Year);
        return command;
    }

    /// <summary>
    /// The aggregation of <c>f</c> (a CTE defined before): the CTEs after it and the union of result rows, each
    /// grouped also by <paramref name="groups"/> (empty, or columns of <c>f</c> followed by a comma).
    /// </summary>
    public static string Rows(string groups)
    {
        var serviceSets = string.Join(", ", Dimension.OfService.Select(d => $"({groups}{d.Column}, client_key)"));
        var clientSets = string.Join(", ", Dimension.OfClients.Select(d => $"({groups}{d.Column})"));
        return $"""
            pairs as (
                select {groups}grouping({ServiceColumns}) as mask, coalesce({ServiceColumns}) as key, client_key,
                       count(*) filter (where ordinal = 0) as services,
                       coalesce(sum(minutes) filter (where ordinal = 0), 0) as minutes
                from f group by grouping sets ({serviceSets})),
            per_client as (
                select {groups}client_key, max(nationality) as nationality,
                       (array_agg(residence_category order by date desc))[1] as residence_category,
                       max(sex) as sex, max(age_band) as age_band, count(*) filter (where ordinal = 0) as services,
                       count(*) as received, coalesce(sum(minutes) filter (where ordinal = 0), 0) as minutes
                from f group by {groups}client_key)
            select {groups}'service', mask, key, null, count(client_key)::bigint, sum(services)::bigint, 0::bigint,
                   sum(minutes)::bigint
            from pairs group by {groups}mask, key
            union all
            select {groups}'client', grouping({ClientColumns}), coalesce({ClientColumns}), null, count(client_key)::bigint,
                   coalesce(sum(services), 0)::bigint, coalesce(sum(received), 0)::bigint,
                   coalesce(sum(minutes), 0)::bigint
            from per_client group by grouping sets ({clientSets}, ({groups.TrimEnd(',', ' ')}))
            union all
            select {groups}'topic', 0, topic, null, {Measures} from f cross join unnest(topics) as t(topic)
            group by {groups}topic
            """;
    }

    /// <summary>The kind of result rows that hold <paramref name="dimension"/>.</summary>
    public static string KindOf(Dimension dimension) =>
        dimension == Dimension.Topic ? "topic" : dimension.OfClient ? "client" : "service";

    /// <summary>The bit of <paramref name="dimension"/> in the grouping mask is the only one clear in its set.</summary>
    public static int MaskOf(Dimension dimension)
    {
        var list = dimension.OfClient ? Dimension.OfClients : Dimension.OfService;
        var index = list.ToList().IndexOf(dimension);
        return dimension == Dimension.Topic ? 0 : ((1 << list.Count) - 1) & ~(1 << (list.Count - 1 - index));
    }

    /// <summary>The mask of the row of all clients (the empty grouping set of the client rows).</summary>
    public static int TotalMask => (1 << Dimension.OfClients.Count) - 1;

    // Age on the last day of the period, so that a client falls in one band per period.
    private static string AgeBand(string toYear) => $"""
        case when birth_year is null then null
             when {toYear} - birth_year < 15 then '0-14' when {toYear} - birth_year < 18 then '15-17'
             when {toYear} - birth_year < 25 then '18-24' when {toYear} - birth_year < 35 then '25-34'
             when {toYear} - birth_year < 45 then '35-44' when {toYear} - birth_year < 62 then '45-61'
             else '62+' end
        """;

    private static string CrossTable(IReadOnlyList<Dimension> groupBy)
    {
        if (groupBy.Count == 0)
        {
            return "";
        }

        var keys = groupBy.Select(d => d.Column).ToList();
        var second = keys.Count > 1 ? keys[1] : "null::text";
        var unnest = groupBy.Contains(Dimension.Topic) ? "cross join unnest(topics) as t(topic)" : "";
        return $"""
            union all
            select 'cross', 0, {keys[0]}, {second}, {Measures} from f {unnest} group by {string.Join(", ", keys)}
            """;
    }
}
