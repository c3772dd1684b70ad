using System.Diagnostics;
using System.Text.Json;
using Cpic.BuildingBlocks.Reference;
using Marten;
using Npgsql;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Wolverine;
using Wolverine.Attributes;

namespace Cpic.Monitoring.Facts;

/// <summary>A recorded, corrected or cancelled service, waiting to be applied to the facts (ADR 0142).</summary>
internal sealed record PendingServiceChange(string Kind, Guid ServiceId, ServiceFact? Fact)
{
    public const string Record = "record", Correct = "correct", Cancel = "cancel";
}

/// <summary>
/// Wakes the applier: service changes wait in <c>monitoring.pending_service_changes</c>; <paramref name="More"/>:
/// sent by a full batch, the next one is applied at once.
/// </summary>
public sealed record ApplyPendingServiceChanges(bool More = false);

/// <summary>
/// Asks for one <see cref="ApplyPendingServiceChanges"/> at a time. A change asks after its transaction commits; the
/// applier clears the request before it reads the waiting changes. So a change either finds no request outstanding
/// and sends one, or finds one the applier has not started yet, which will then read it: a burst of a thousand
/// changes wakes the applier a few times, not a thousand. After a batch the applier rests three times as long as the
/// batch took (at most <see cref="MaxRest"/>; not when a full batch left more): a cube update costs about as much for
/// one change as for hundreds, so under a steady stream of services Monitoring takes at most a quarter of a database
/// core, and its figures are a few seconds late. Small batches take milliseconds, so a quiet system applies at once.
/// </summary>
public sealed class PendingServiceChangesSignal
{
    public static readonly TimeSpan MaxRest = TimeSpan.FromSeconds(10);
    private int _requested;
    private long _restUntil;
    private long _batchStarted;

    public async Task RequestAsync(IMessageBus bus)
    {
        if (Interlocked.Exchange(ref _requested, 1) == 1)
        {
            return;
        }

        try
        {
            await bus.PublishAsync(new ApplyPendingServiceChanges());
        }
        catch
        {
            Volatile.Write(ref _requested, 0);
            throw;
        }
    }

    /// <summary>Rests after the previous batch (unless <paramref name="more"/>), then clears the request.</summary>
    internal async Task StartAsync(bool more, CancellationToken ct)
    {
        var rest = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Volatile.Read(ref _restUntil));
        if (!more && rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, ct);
        }

        _batchStarted = Stopwatch.GetTimestamp();
        Volatile.Write(ref _requested, 0);
    }

    /// <summary>The batch has committed: the next one rests three times as long as it took.</summary>
    internal void Applied()
    {
        var took = Stopwatch.GetElapsedTime(_batchStarted);
        var rest = took * 3 < MaxRest ? took * 3 : MaxRest;
        Volatile.Write(ref _restUntil, Stopwatch.GetTimestamp() + (long)(rest.TotalSeconds * Stopwatch.Frequency));
    }
}

/// <summary>
/// Service changes are applied in batches (ADR 0142): each message handler only queues its change in its inbox
/// transaction and asks for an <see cref="ApplyPendingServiceChanges"/>; the applier takes the change-order lock and
/// applies every waiting change with one update of the statistics cube, so a burst costs one cube update per batch
/// instead of one per service. A full batch asks for the next one in its own transaction. The applier has a queue of
/// its own that handles one message at a time, so that the module's queue keeps staging changes while a batch is
/// applied.
/// </summary>
[StickyHandler("monitoring-apply")]
public static class ApplyPendingServiceChangesHandler
{
    private const int BatchSize = 5000;
    private const string WorkMem = "256MB";
    private const string Table = "monitoring.pending_service_changes";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static Table Pending()
    {
        var table = new Table(new PostgresqlObjectName(FactTables.Schema, "pending_service_changes", SchemaUtils.IdentifierUsage.General));
        table.AddColumn<long>("id").AsPrimaryKey().BigAutoIncrement();
        table.AddColumn("change", "jsonb").NotNull();
        return table;
    }

    /// <summary>
    /// Queues <paramref name="change"/> in the handler's transaction; the handler asks for it to be applied after the
    /// commit (<see cref="PendingServiceChangesSignal"/>).
    /// </summary>
    internal static void Stage(IDocumentSession session, PendingServiceChange change) =>
        session.QueueSqlCommand($"insert into {Table} (change) values (?::jsonb)", JsonSerializer.Serialize(change, Json));

    public static async Task<OutgoingMessages> Handle(ApplyPendingServiceChanges message, IDocumentSession session,
        PendingServiceChangesSignal signal, CancellationToken ct)
    {
        await signal.StartAsync(message.More, ct);
        await session.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)session.Connection!;
        // The lock first, before the read: the changes are then read with a snapshot taken after it, so a change
        // another applier has already taken (and deleted) cannot be read again. With it, in the same round trip, more
        // memory: a batch's cube update aggregates every fact of thousands of clients' years, and with the default
        // work_mem its hash tables and materialised facts spill to temporary files of 100+ MB. One applier runs at a time.
        await using (var prepare = new NpgsqlCommand($"set local work_mem = '{WorkMem}'; {ServiceFactWriter.ChangeOrderLock}", connection))
        {
            await prepare.ExecuteNonQueryAsync(ct);
        }

        var changes = await TakeAsync(connection, ct);
        var more = new OutgoingMessages();
        if (changes.Count == 0)
        {
            return more;
        }

        if (changes.Count == BatchSize)
        {
            more.Add(new ApplyPendingServiceChanges(More: true));
        }

        var centres = await session.LoadManyAsync<Centre>(ct,
            changes.Select(c => c.Fact?.Centre).OfType<string>().Distinct().ToArray());
        ServiceFactWriter.Apply(session, changes, centres.ToDictionary(c => c.Id, c => c.Region));
        return more;
    }

    public static void AfterCommit(PendingServiceChangesSignal signal) => signal.Applied();

    /// <summary>Removes up to a batch of waiting changes, oldest first, and returns them.</summary>
    private static async Task<List<PendingServiceChange>> TakeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            with taken as (delete from {Table} where id in (select id from {Table} order by id limit {BatchSize})
                           returning id, change)
            select change::text from taken order by id
            """, connection);
        var changes = new List<PendingServiceChange>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            changes.Add(JsonSerializer.Deserialize<PendingServiceChange>(reader.GetString(0), Json)!);
        }

        return changes;
    }
}
