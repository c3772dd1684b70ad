using Npgsql;
using NpgsqlTypes;

namespace Counselling.Recording;

/// <summary>
/// The bare host's transaction (<see cref="BareHost"/>): plain Npgsql, one transaction per request inserting the JSON
/// document into a table shaped like Marten's (with the same sortKey index) plus one envelope row into a table shaped
/// like Wolverine's inbox/outbox. The former raw baseline; <see cref="DurableBaseline"/> is the one the target uses.
/// </summary>
internal static class RawBaseline
{
    public static async Task CreateTablesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(Tables("bench"));
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The schema, a table shaped like a Marten document table and one shaped like Wolverine's envelopes.</summary>
    public static string Tables(string schema) => $"""
        create schema if not exists {schema};
        create table {schema}.doc (tenant_id varchar not null, id uuid not null, data jsonb not null,
          mt_last_modified timestamptz default now(), mt_version integer not null, mt_dotnet_type varchar,
          primary key (tenant_id, id));
        create index on {schema}.doc ((data ->> 'sortKey'));
        create table {schema}.envelope (id uuid primary key, status varchar not null, owner_id integer not null,
          execution_time timestamptz, attempts integer default 0, body bytea not null, message_type varchar not null,
          received_at varchar, keep_until timestamptz);
        """;

    /// <summary>One transaction: the document and one envelope row; returns the document's id.</summary>
    public static async Task<Guid> InsertAsync(NpgsqlDataSource dataSource, string document, byte[] envelope)
    {
        var id = Guid.CreateVersion7();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var doc = new NpgsqlBatchCommand(
            "insert into bench.doc (tenant_id, id, data, mt_version, mt_dotnet_type) values ($1, $2, $3, 1, 'ServiceRecord')");
        doc.Parameters.Add(new NpgsqlParameter { Value = HostProcess.Centre });
        doc.Parameters.Add(new NpgsqlParameter { Value = id });
        doc.Parameters.Add(new NpgsqlParameter { Value = document, NpgsqlDbType = NpgsqlDbType.Jsonb });
        var outbox = new NpgsqlBatchCommand(
            "insert into bench.envelope (id, status, owner_id, body, message_type, received_at) values ($1, 'Incoming', 0, $2, 'ServiceRecorded', 'local://bench')");
        outbox.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        outbox.Parameters.Add(new NpgsqlParameter { Value = envelope });
        batch.BatchCommands.Add(doc);
        batch.BatchCommands.Add(outbox);
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return id;
    }
}
