using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Clients.Domain;

/// <summary>
/// Human-readable client codes, unique per centre and year: <c>LBC-2026-00042</c>. A counter row per centre and
/// year, advanced by one atomic upsert, so concurrent registrations never share a number (a failed one leaves a gap).
/// </summary>
internal static class ClientCodes
{
    public static Table CounterTable()
    {
        var table = new Table(new PostgresqlObjectName(ClientsModule.Schema, "client_code_counters", SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("centre").AsPrimaryKey();
        table.AddColumn<int>("year").AsPrimaryKey();
        table.AddColumn<int>("last").NotNull();
        return table;
    }

    public static async Task<string> NextAsync(IQuerySession session, string centre, int year, CancellationToken ct)
    {
        var next = await session.QueryAsync<int>(
            $"with c as (insert into {ClientsModule.Schema}.client_code_counters as t (centre, year, last) values (?, ?, 1) " +
            "on conflict (centre, year) do update set last = t.last + 1 returning last) select last from c",
            ct, centre, year);
        return $"{centre}-{year}-{next[0]:D5}";
    }
}
