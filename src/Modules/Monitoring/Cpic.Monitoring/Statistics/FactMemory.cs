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
    private const string Table = "'monitoring.service_facts'::regclass";
    private const string File = $"pg_relation_filenode({Table})::bigint";
    private static readonly ConditionalWeakTable<IDocumentStore, FactMemory> Memories = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FactColumns _facts = new();
    private long _file = -1;
    private long _seq;

    /// <summary>The memory of the facts of <paramref name="store"/>'s database (one per store in the process).</summary>
    public static FactMemory Of(IDocumentStore store) => Memories.GetValue(store, _ => new FactMemory());

    /// <summary>The figures of <paramref name="filter"/> from the facts as committed now.</summary>
    public Task<FactFigures> Read(NpgsqlConnection connection, StatisticsFilter filter, CancellationToken ct) =>
        CaughtUp(connection, () => FactAggregation.Aggregate(_facts, filter), ct);

    /// <summary>Loads the facts ahead of the first read (at start-up).</summary>
    public Task WarmUp(NpgsqlConnection connection, CancellationToken ct) => CaughtUp(connection, () => true, ct);

    // Catches up, then reads the memory, inside the gate: one read at a time.
    private async Task<T> CaughtUp<T>(NpgsqlConnection connection, Func<T> read, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUp(connection, ct);
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    // Reads what changed since the last read (everything, the first time), in one round trip: the table's file and
    // the rows after the last number, if the file is still the one the memory holds. A new file is read from the start.
    private async Task CatchUp(NpgsqlConnection connection, CancellationToken ct)
    {
        if (await ReadChanges(connection, ct) is var (file, rows) && file != _file)
        {
            // Room for the rows the table is estimated to hold: a first load does not copy its columns as it grows.
            (_facts, _seq, _file) = (new FactColumns(rows + 1024), 0, file);
            await ReadChanges(connection, ct);
        }
    }

    private async Task<(long File, int Rows)> ReadChanges(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"select {File}, greatest(reltuples, 0)::int from pg_class where oid = {Table}"),
                new NpgsqlBatchCommand($"{FactColumns.Select} where seq > $1 and {File} = $2 order by seq")
                {
                    Parameters = { new() { Value = _seq }, new() { Value = _file } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var table = (reader.GetInt64(0), reader.GetInt32(1));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // Noted row by row: a read cut short by a fault resumes after the last row it wrote.
            _seq = _facts.Set(reader);
        }

        return table;
    }
}
