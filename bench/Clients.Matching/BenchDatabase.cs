using Npgsql;

internal static class BenchDatabase
{
    /// <summary>A database of its own on the local server, kept between runs so the data load happens once.</summary>
    public static async Task<string> EnsureAsync(string server, string name)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var exists = new NpgsqlCommand($"select 1 from pg_database where datname = '{name}'", admin);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"create database {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
