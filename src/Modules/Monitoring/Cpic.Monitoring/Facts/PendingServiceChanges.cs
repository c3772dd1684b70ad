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
/// Service changes are applied in batches (ADR 0142): each message handler only queues its change in its inbox
/// transaction and asks for an <see cref="ApplyPendingServiceChanges"/>; the applier takes the change-order lock and
/// applies every waiting change, so a burst costs one lock and one transaction per batch instead of one per service. A full batch asks for the next one in its own transaction. The applier has a queue of
/// its own that handles one message at a time, so that the module's queue keeps staging changes while a batch is
/// applied.
/// </summary>
[StickyHandler("monitoring-apply")]
public static class ApplyPendingServiceChangesHandler
{
    private const int BatchSize = 5000;
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
    /// Queues <paramref name="changes"/> in the handler's transaction, in their order, with one statement; the handler
    /// asks for them to be applied after the commit (<see cref="PendingServiceChangesSignal"/>).
    /// </summary>
    internal static void Stage(IDocumentSession session, params PendingServiceChange[] changes) =>
        session.QueueSqlCommand($"insert into {Table} (change) select c from jsonb_array_elements(?::jsonb) with ordinality as a(c, n) order by n",
            JsonSerializer.Serialize(changes, Json));

    public static async Task<OutgoingMessages> Handle(ApplyPendingServiceChanges message, IDocumentSession session,
        PendingServiceChangesSignal signal, CancellationToken ct)
    {
        await signal.StartAsync(message.More, ct);
        await session.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)session.Connection!;
        // The lock first, before the read: the changes are then read with a snapshot taken after it, so a change
        // another applier has already taken (and deleted) cannot be read again. One applier runs at a time.
        await using (var prepare = new NpgsqlCommand(ServiceFactWriter.ChangeOrderLock, connection))
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
