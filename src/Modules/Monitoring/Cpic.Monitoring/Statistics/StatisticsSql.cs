using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The statistics in one statement over the period's fact rows. Clients are counted once per value through
/// grouping sets of (value, client key); services once through their first row (<c>ordinal = 0</c>), so a group
/// service with many clients is one service. Rows: kind, grouping mask, two keys, then the four measures.
/// </summary>
internal static class StatisticsSql
{
    private static readonly string Columns = string.Join(", ", Dimension.SingleValued.Select(d => d.Column));

    // Age on the last day of the period, so that a client falls in one band per period.
    private const string AgeBand = """
        case when birth_year is null then null
             when @to_year - birth_year < 15 then '0-14' when @to_year - birth_year < 18 then '15-17'
             when @to_year - birth_year < 25 then '18-24' when @to_year - birth_year < 35 then '25-34'
             when @to_year - birth_year < 45 then '35-44' when @to_year - birth_year < 62 then '45-61'
             else '62+' end
        """;

    private const string Measures = """
        count(distinct client_key)::bigint, (count(*) filter (where ordinal = 0))::bigint, count(*)::bigint,
        coalesce(sum(minutes) filter (where ordinal = 0), 0)::bigint
        """;

    public static NpgsqlCommand Command(NpgsqlConnection connection, StatisticsFilter filter)
    {
        var sets = string.Join(", ", Dimension.SingleValued.Select(d => $"({d.Column}, client_key)"));
        var sql = $"""
            with f as materialized (
                select client_key, ordinal, minutes, service_type, form, place_type, topics, interpreter_language,
                       nationality, residence_category, sex, {AgeBand} as age_band, centre, workplace, region,
                       to_char(date, 'YYYY-MM') as month
                from monitoring.service_facts
                where status = 'active' and date between @from and @to
                  and (@centre::text is null or centre = @centre) and (@workplace::text is null or workplace = @workplace)
                  and (@region::text is null or region = @region)),
            pairs as (
                select grouping({Columns}) as mask, {Columns}, client_key,
                       count(*) filter (where ordinal = 0) as services, count(*) as received,
                       coalesce(sum(minutes) filter (where ordinal = 0), 0) as minutes
                from f group by grouping sets ((client_key), {sets}))
            select 'dimension', mask, coalesce({Columns}), null, count(client_key)::bigint, sum(services)::bigint,
                   sum(received)::bigint, sum(minutes)::bigint
            from pairs group by mask, {Columns}
            union all
            select 'topic', 0, topic, null, {Measures} from f cross join unnest(topics) as t(topic) group by topic
            {CrossTable(filter.GroupBy)}
            """;
        var command = new NpgsqlCommand(sql, connection);
        StatisticsReader.AddScope(command, filter);
        command.Parameters.AddWithValue("to_year", filter.To.Year);
        return command;
    }

    /// <summary>The bit of <paramref name="dimension"/> in the grouping mask is the only one clear in its set.</summary>
    public static int MaskOf(Dimension dimension)
    {
        var count = Dimension.SingleValued.Count;
        var index = Dimension.SingleValued.ToList().IndexOf(dimension);
        return ((1 << count) - 1) & ~(1 << (count - 1 - index));
    }

    public static int TotalMask => (1 << Dimension.SingleValued.Count) - 1;

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
