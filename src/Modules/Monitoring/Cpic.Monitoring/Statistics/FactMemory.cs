using System.Runtime.CompilerServices;
using Marten;
using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The service facts of one database in this process's memory, brought up to date before every read (ADR 0148).
/// Every change of a fact row takes a new number from <c>monitoring.fact_seq</c> under the change-order lock, so
/// numbers commit in order (the facts feed's cursor relies on the same): reading the rows numbered after the last
/// one seen gives every change since. A table emptied or rewritten (a new file: <c>truncate</c>, a restore) is read
/// again from the start. One read at a time per database: a read is milliseconds, a first load seconds.
/// </summary>
internal sealed class FactMemory
{
    private static readonly ConditionalWeakTable<IDocumentStore, FactMemory> Memories = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FactColumns _facts = new();
    private long _file = -1;
    private long _seq;

    /// <summary>The memory of the facts of <paramref name="store"/>'s database (one per store in the process).</summary>
    public static FactMemory Of(IDocumentStore store) => Memories.GetValue(store, _ => new FactMemory());

    /// <summary>The figures of <paramref name="filter"/> from the facts as committed now.</summary>
    public async Task<FactFigures> Read(NpgsqlConnection connection, StatisticsFilter filter, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUp(connection, ct);
            return FactAggregation.Aggregate(_facts, filter);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Loads the facts ahead of the first read (at start-up).</summary>
    public async Task WarmUp(NpgsqlConnection connection, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUp(connection, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    // Reads what changed since the last read (everything, the first time).
    private async Task CatchUp(NpgsqlConnection connection, CancellationToken ct)
    {
        await using (var file = new NpgsqlCommand("""
            select pg_relation_filenode(oid)::bigint, greatest(reltuples, 0)::int from pg_class
            where oid = 'monitoring.service_facts'::regclass
            """, connection))
        await using (var table = await file.ExecuteReaderAsync(ct))
        {
            await table.ReadAsync(ct);
            if (table.GetInt64(0) != _file)
            {
                // Room for the rows the table is estimated to hold: a first load does not copy its columns as it grows.
                (_facts, _seq, _file) = (new FactColumns(table.GetInt32(1) + 1024), 0, table.GetInt64(0));
            }
        }

        await using var changes = new NpgsqlCommand($"{FactColumns.Select} where seq > @seq order by seq", connection);
        changes.Parameters.AddWithValue("seq", _seq);
        await using var reader = await changes.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // Noted row by row: a read cut short by a fault resumes after the last row it wrote.
            _seq = _facts.Set(reader);
        }
    }
}
