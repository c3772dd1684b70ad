using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Counselling.Recording;

/// <summary>
/// The baseline the owner set for recording a service (issue 19): plain Npgsql doing the same durable work as
/// Cpic, and nothing else. Per service:
/// <list type="number">
/// <item>one transaction with the record, the timeline entry and one envelope per subscriber (Clients, Monitoring,
/// Webhooks);</item>
/// <item>per subscriber one transaction with its write and its envelope marked handled: Clients upserts the client's
/// last service, Monitoring queues the change, Webhooks looks up the subscriptions to the event type;</item>
/// <item>and, batched, Monitoring's statistics update: a background loop that, under the change-order lock, takes the
/// queued changes and writes their fact rows, as Monitoring's applier does (ADR 0142; the statistics are counted from
/// these rows at read time, ADR 0148).</item>
/// </list>
/// The tables are shaped like Marten's documents, Wolverine's envelopes and Monitoring's tables.
/// </summary>
internal sealed class DurableBaseline(NpgsqlDataSource dataSource, string document, Guid[] clients) : IAsyncDisposable
{
    private const string Envelope = "insert into baseline.envelope (id, status, owner_id, body, message_type, received_at) values ($1, 'Incoming', 0, $2, 'ServiceRecorded', $3)";
    private const string Handled = "update baseline.envelope set status = 'Handled', keep_until = now() + interval '5 minutes' where id = $1";
    private static readonly string[] Subscribers = ["local://clients", "local://monitoring", "local://webhooks"];
    private readonly byte[] _envelope = System.Text.Encoding.UTF8.GetBytes(document[..Math.Min(document.Length, 700)]);
    private readonly string _timeline = JsonSerializer.Serialize(new { kind = "service", serviceType = "social-counselling", date = "2026-01-01", minutes = 40 });
    private readonly CancellationTokenSource _stop = new();
    private Task? _applier;

    public async Task CreateTablesAsync()
    {
        await using var command = dataSource.CreateCommand(RawBaseline.Tables("baseline") + """
            create table baseline.timeline (tenant_id varchar not null, id uuid not null, data jsonb not null,
              mt_last_modified timestamptz default now(), mt_version integer not null, primary key (tenant_id, id));
            create table baseline.last_service (client_id uuid primary key, date date not null);
            create table baseline.subscriptions (id uuid primary key, centre text not null, types text[] not null);
            create table baseline.pending (id bigserial primary key, change jsonb not null);
            create sequence baseline.fact_seq;
            create table baseline.clients (client_id uuid primary key, sex text, birth_year int, nationality text);
            create table baseline.facts (service_id uuid, client_id uuid, seq bigint not null, date date not null,
              minutes int not null, service_type text not null, sex text, birth_year int, nationality text,
              primary key (service_id, client_id));
            create unique index on baseline.facts (seq);
            create index on baseline.facts (date);
            """);
        await command.ExecuteNonQueryAsync();
        await using var insert = dataSource.CreateCommand("insert into baseline.clients select unnest($1::uuid[]), 'female', 1990, 'VN'");
        insert.Parameters.Add(new NpgsqlParameter { Value = clients });
        await insert.ExecuteNonQueryAsync();
        _applier = Task.Run(ApplyLoop);
    }

    /// <summary>Records one service with the durable work of its three subscribers.</summary>
    public async Task<bool> RecordOneAsync()
    {
        var (id, client) = (Guid.CreateVersion7(), clients[Random.Shared.Next(clients.Length)]);
        Guid[] envelopes = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];
        await using var connection = await dataSource.OpenConnectionAsync();
        await Transaction(connection, [
            ("insert into baseline.doc (tenant_id, id, data, mt_version, mt_dotnet_type) values ('LBC', $1, $2, 1, 'ServiceRecord')", [id, Json(document)]),
            ("insert into baseline.timeline (tenant_id, id, data, mt_version) values ('LBC', $1, $2, 1)", [Guid.CreateVersion7(), Json(_timeline)]),
            .. envelopes.Select((e, i) => (Envelope, new object[] { e, _envelope, Subscribers[i] })),
        ]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Transaction(connection, [
            ("insert into baseline.last_service values ($1, $2) on conflict (client_id) do update set date = greatest(baseline.last_service.date, excluded.date)", [client, today]),
            (Handled, [envelopes[0]])]);
        await Transaction(connection, [
            ("insert into baseline.pending (change) values ($1)", [Json(JsonSerializer.Serialize(new { id, client, date = today, minutes = 40, type = "social-counselling" }))]),
            (Handled, [envelopes[1]])]);
        await Transaction(connection, [
            ("select count(*) from baseline.subscriptions where centre = 'LBC' and 'service.recorded' = any(types)", []),
            (Handled, [envelopes[2]])]);
        return true;
    }

    /// <summary>Waits until the applier has written every queued change; returns how long that took.</summary>
    public async Task<TimeSpan> CatchUpAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var command = dataSource.CreateCommand("select exists (select 1 from baseline.pending)");
        while ((bool)(await command.ExecuteScalarAsync())!)
        {
            await Task.Delay(50);
        }

        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_applier is not null) await _applier;
    }

    // Monitoring's applier: one transaction per batch of up to 5,000 changes under the change-order lock.
    private async Task ApplyLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    new("select pg_advisory_xact_lock(7140)"),
                    new("""
                        with taken as (delete from baseline.pending where id in (select id from baseline.pending order by id limit 5000) returning change)
                        insert into baseline.facts (service_id, client_id, seq, date, minutes, service_type, sex, birth_year, nationality)
                        select (t.change->>'id')::uuid, (t.change->>'client')::uuid, nextval('baseline.fact_seq'), (t.change->>'date')::date,
                               (t.change->>'minutes')::int, t.change->>'type', c.sex, c.birth_year, c.nationality
                        from taken t left join baseline.clients c on c.client_id = (t.change->>'client')::uuid
                        on conflict do nothing
                        """),
                },
            };
            await batch.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            if (batch.BatchCommands[1].RecordsAffected == 0) await Task.Delay(100);
        }
    }

    private static NpgsqlParameter Json(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Jsonb };

    private static async Task Transaction(NpgsqlConnection connection, (string Sql, object[] Parameters)[] commands)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (sql, parameters) in commands)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var p in parameters) command.Parameters.Add(p as NpgsqlParameter ?? new NpgsqlParameter { Value = p });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
