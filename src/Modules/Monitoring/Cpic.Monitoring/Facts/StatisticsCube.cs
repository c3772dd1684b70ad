using Cpic.Monitoring.Statistics;
using Marten;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// The statistics of every calendar month, quarter, half-year and year, for the network and each region, centre and
/// workplace (ADR 0141, 0146), kept in the transaction of every fact change: the contributions of the clients a change
/// touches are subtracted before it and added back after it, over the calendar periods of the days it touches. Every measure is a sum over
/// clients (a distinct client count too), so the cube always equals the aggregation of the facts.
/// </summary>
internal static class StatisticsCube
{
    private const string Affected = "monitoring.statistics_cube_changes";

    public static Table Table()
    {
        var table = new Table(new PostgresqlObjectName(FactTables.Schema, "statistics_cube", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("period", "text").NotNull();
        table.AddColumn("scope_kind", "text").NotNull();
        table.AddColumn("scope", "text").NotNull();
        table.AddColumn("kind", "text").NotNull();
        table.AddColumn("mask", "integer").NotNull();
        table.AddColumn("key", "text");
        table.AddColumn("clients", "bigint").NotNull();
        table.AddColumn("services", "bigint").NotNull();
        table.AddColumn("received", "bigint").NotNull();
        table.AddColumn("minutes", "bigint").NotNull();
        table.Indexes.Add(new IndexDefinition("ux_statistics_cube")
        {
            Columns = ["period", "scope_kind", "scope", "kind", "mask", "key"], IsUnique = true, NullsNotDistinct = true,
        });
        return table;
    }

    /// <summary>
    /// The (client key, day) pairs of the change in progress: written and deleted in its transaction, under the
    /// change-order lock, so no other transaction ever sees a row of it.
    /// </summary>
    public static Table Changes()
    {
        var table = new Table(new PostgresqlObjectName(FactTables.Schema, "statistics_cube_changes", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("client_key", "uuid");
        table.AddColumn("day", "date").NotNull();
        return table;
    }

    /// <summary>
    /// Before a change (under the change-order lock): notes the (client key, day) pairs that
    /// <paramref name="affectedSql"/> selects and subtracts those clients' figures of those months and years.
    /// </summary>
    public static void Before(IDocumentSession session, string affectedSql, params object[] parameters)
    {
        session.QueueSqlCommand($"insert into {Affected} (client_key, day) {affectedSql}", parameters);
        session.QueueSqlCommand(Apply(-1, AffectedFacts, InAffectedPeriods));
    }

    /// <summary>After the change: adds the same clients' figures back, as they are now.</summary>
    public static void After(IDocumentSession session)
    {
        session.QueueSqlCommand(Apply(1, AffectedFacts, InAffectedPeriods));
        session.QueueSqlCommand($"delete from {Affected}");
    }

    /// <summary>
    /// Adds <paramref name="sign"/> times the figures of the active facts of <paramref name="source"/> (a FROM item)
    /// that meet <paramref name="condition"/> (on the fact <c>x</c>, its period <c>p.period</c> and its kind of scope
    /// <c>s.scope_kind</c>) to the cube.
    /// </summary>
    public static string Apply(int sign, string source, string condition) => $"""
        insert into monitoring.statistics_cube as c
            (period, scope_kind, scope, kind, mask, key, clients, services, received, minutes)
        select period, scope_kind, scope, kind, mask, key, {sign} * clients, {sign} * services, {sign} * received,
               {sign} * minutes
        from (
            with f as materialized (
                select p.period, s.scope_kind, s.scope, {StatisticsSql.FactColumns("extract(year from x.date)::int")}
                from {source} x
                cross join lateral {Periods("x.date")} as p(period)
                cross join lateral (values ('network', ''), ('region', x.region), ('centre', x.centre),
                                           ('workplace', x.workplace)) as s(scope_kind, scope)
                where x.status = 'active' and {condition}),
            {StatisticsSql.Rows("period, scope_kind, scope, ")}
        ) r (period, scope_kind, scope, kind, mask, key, key2, clients, services, received, minutes)
        on conflict (period, scope_kind, scope, kind, mask, key) do update set clients = c.clients + excluded.clients,
            services = c.services + excluded.services, received = c.received + excluded.received,
            minutes = c.minutes + excluded.minutes
        """;

    /// <summary>
    /// The calendar periods of a day, as a VALUES list of their names: month <c>2024-03</c>, quarter <c>2024-Q1</c>,
    /// half-year <c>2024-H1</c> and year <c>2024</c>.
    /// </summary>
    public static string Periods(string date) => $"""
        (values (to_char({date}, 'YYYY-MM')), (to_char({date}, 'YYYY-"Q"Q')),
                (to_char({date}, 'YYYY-"H"') || case when extract(month from {date}) <= 6 then '1' else '2' end),
                (to_char({date}, 'YYYY')))
        """;

    // Facts of the noted clients (and of the services without clients, when one is noted) in the noted calendar
    // periods: a change of a day alters the figures of its month, quarter, half-year and year only.
    private const string AffectedFacts = $"""
        (select * from monitoring.service_facts
         where client_key = any(array(select distinct client_key from {Affected} where client_key is not null))
         union all
         select * from monitoring.service_facts
         where client_key is null and exists (select 1 from {Affected} where client_key is null))
        """;

    private static readonly string InAffectedPeriods = $"""
        date_trunc('year', x.date) = any(array(select distinct date_trunc('year', day) from {Affected}))
        and p.period = any(array(select distinct a.period from {Affected} cross join lateral {Periods("day")} as a(period)))
        """;
}
