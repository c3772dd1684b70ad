using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Cpic.Testing;

/// <summary>
/// One fresh PostgreSQL database per test run: on the server named by <c>CPIC_POSTGRES</c> (what
/// <c>./build/test.sh</c> starts), dropped afterwards; else in a Testcontainers server. Never a fake. On the local
/// server the database commits without waiting for the disk (<c>synchronous_commit = off</c>): a commit is as visible
/// and as atomic as before, only a crash of the server could lose the last ones, which no test here survives anyway
/// (the fault tests run their own cluster, with the default).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;
    private readonly string _name;
    private readonly PostgreSqlContainer? _container;

    private TestDatabase(string connectionString, string? adminConnection, string name, PostgreSqlContainer? container)
    {
        ConnectionString = connectionString;
        _adminConnection = adminConnection;
        _name = name;
        _container = container;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = $"cpic_test_{Guid.NewGuid():N}";
        var server = Environment.GetEnvironmentVariable("CPIC_POSTGRES");
        if (server is not null)
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", admin);
            await create.ExecuteNonQueryAsync();
            await using var relax = new NpgsqlCommand($"alter database {name} set synchronous_commit = off", admin);
            await relax.ExecuteNonQueryAsync();
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            return new TestDatabase(connection, server, name, null);
        }

        var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
        try
        {
            await container.StartAsync();
        }
        catch (DockerUnavailableException e)
        {
            throw new InvalidOperationException(
                "No PostgreSQL for the tests. Run them with ./build/test.sh (it starts a local PostgreSQL and sets " +
                "CPIC_POSTGRES), set CPIC_POSTGRES to a server you own, or start a Docker engine for Testcontainers.", e);
        }

        return new TestDatabase(container.GetConnectionString(), null, name, container);
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_adminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists {_name} with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
