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

    public static async Task<string> NextAsync(IQuerySession session, string centre, int year, CancellationToken ct) =>
        Format(centre, year, await ReserveAsync(session, centre, year, 1, ct));

    /// <summary>Reserves <paramref name="count"/> numbers at once (an import's batch); returns the first.</summary>
    public static async Task<int> ReserveAsync(IQuerySession session, string centre, int year, int count, CancellationToken ct)
    {
        var last = await session.QueryAsync<int>(
            $"with c as (insert into {ClientsModule.Schema}.client_code_counters as t (centre, year, last) values (?, ?, ?) " +
            "on conflict (centre, year) do update set last = t.last + excluded.last returning last) select last from c",
            ct, centre, year, count);
        return last[0] - count + 1;
    }

    public static string Format(string centre, int year, int number) => $"{centre}-{year}-{number:D5}";
}
