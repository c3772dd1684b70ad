using System.Globalization;
using Npgsql;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Fills the statistics cube from the facts, a year at a time, for every year the current cube definition has not
/// filled yet (ADR 0146): part of applying the schema (<c>build/migrate.sh</c>, and start-up when it applies the
/// schema). Each year is one transaction that deletes the year's cube rows, aggregates its facts and notes the year as
/// filled, so an interrupted fill resumes with the next year. Fact changes wait for a year's fill (the change-order
/// lock), and keep the filled years exact; once every year is filled the fill notes the definition as complete.
/// </summary>
internal static class StatisticsCubeFill
{
    /// <summary>What the cube holds; a new value refills every year. 2: months, quarters, half-years and years.</summary>
    public const string Definition = "2";

    private const string Marks = "monitoring.statistics_cube_fill";

    public static Table Table()
    {
        var table = new Table(new PostgresqlObjectName(FactTables.Schema, "statistics_cube_fill", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("definition", "text").AsPrimaryKey();
        table.AddColumn("year", "integer").AsPrimaryKey();
        return table;
    }

    /// <summary>Fills what is missing; returns the years filled. Two years are filled at a time.</summary>
    public static async Task<int> RunAsync(Func<CancellationToken, Task<NpgsqlConnection>> open, CancellationToken ct)
    {
        int[] years;
        await using (var connection = await open(ct))
        {
            // Year 0 marks the definition complete: later years start empty and the fact changes keep them.
            await using var command = new NpgsqlCommand($"""
                select y from generate_series(
                    (select extract(year from min(date))::int from monitoring.service_facts),
                    (select extract(year from max(date))::int from monitoring.service_facts)) as y
                where not exists (select 1 from {Marks} where definition = @d and year in (0, y))
                """, connection);
            command.Parameters.AddWithValue("d", Definition);
            years = await ReadYears(command, ct);
        }

        await Parallel.ForEachAsync(years, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = ct },
            async (year, token) => await FillYear(open, year, token));
        await using (var connection = await open(ct))
        await using (var done = new NpgsqlCommand($"insert into {Marks} values (@d, 0) on conflict do nothing", connection))
        {
            done.Parameters.AddWithValue("d", Definition);
            await done.ExecuteNonQueryAsync(ct);
        }

        return years.Length;
    }

    private static async Task FillYear(Func<CancellationToken, Task<NpgsqlConnection>> open, int year, CancellationToken ct)
    {
        await using var connection = await open(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Fills of other years run beside this one (shared lock); fact changes wait (they take it exclusively).
        var y = year.ToString(CultureInfo.InvariantCulture);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new("set local work_mem = '256MB'"),
                new("select pg_advisory_xact_lock_shared(7140)"),
                new($"select pg_advisory_xact_lock(7141, {y})"),
                new($"""
                    delete from monitoring.statistics_cube c
                    where c.period in (select p.period
                                       from generate_series(date '{y}-01-01', date '{y}-12-31', interval '1 month') as d
                                       cross join lateral {StatisticsCube.Periods("d::date")} as p(period))
                      and not exists (select 1 from {Marks} where definition = '{Definition}' and year in (0, {y}))
                    """),
            },
        };
        foreach (var scope in new[] { "network", "region", "centre", "workplace" })
        {
            batch.BatchCommands.Add(new(StatisticsCube.Apply(1, "monitoring.service_facts", $"""
                x.date between '{y}-01-01' and '{y}-12-31' and s.scope_kind = '{scope}'
                and not exists (select 1 from {Marks} where definition = '{Definition}' and year in (0, {y}))
                """)));
        }

        batch.BatchCommands.Add(new($"insert into {Marks} values ('{Definition}', {y}) on conflict do nothing"));
        batch.Timeout = 0;
        await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<int[]> ReadYears(NpgsqlCommand command, CancellationToken ct)
    {
        var years = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            years.Add(reader.GetInt32(0));
        }

        return [.. years];
    }
}
