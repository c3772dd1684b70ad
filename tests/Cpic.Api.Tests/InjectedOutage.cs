using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cpic.Api.Tests;

/// <summary>
/// Makes PostgreSQL refuse writes to one table with SQLSTATE 57P03 ("the database system is starting up", what a
/// restarting server answers) until disposed: a database outage that hits exactly one statement, on cue.
/// </summary>
internal sealed class InjectedOutage : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _table;

    private InjectedOutage(string connectionString, string table)
    {
        _connectionString = connectionString;
        _table = table;
    }

    /// <param name="when">A trigger condition on <c>NEW</c> or <c>OLD</c>; every row when null.</param>
    public static async Task<InjectedOutage> OnAsync(CpicApp app, string table, string events = "insert or update", string? when = null)
    {
        var outage = new InjectedOutage(ConnectionString(app), table);
        await outage.ExecuteAsync($"""
            create or replace function public.cpic_injected_outage() returns trigger language plpgsql as
            $$ begin raise exception 'injected outage' using errcode = '57P03'; end $$;
            create trigger cpic_injected_outage before {events} on {table} for each row
            {(when is null ? "" : $"when ({when})")} execute function public.cpic_injected_outage();
            """);
        return outage;
    }

    public static async Task<long> CountAsync(CpicApp app, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(app));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"drop trigger if exists cpic_injected_outage on {_table}");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string ConnectionString(CpicApp app) =>
        app.Services.GetRequiredService<IConfiguration>()["Persistence:ConnectionString"]!;
}
