using System.Diagnostics;
using Npgsql;

namespace Cpic.Faults.Tests;

/// <summary>
/// A PostgreSQL cluster of the suite's own (not the one other test projects share), so that it can be stopped and
/// started under load. Its data lives in <c>/var/tmp</c> (reachable by the <c>postgres</c> user) and is removed after.
/// fsync is off: a stopped server is not a lost machine, what a commit wrote is still in the page cache.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _data;

    private PostgresCluster(string bin, string data, int port)
    {
        _bin = bin;
        _data = data;
        Port = port;
    }

    public int Port { get; }

    public static async Task<PostgresCluster> CreateAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => int.Parse(d.Split('/')[^2])).Last();
        var data = $"/var/tmp/cpic-faults-{Guid.NewGuid():N}"[..32];
        var cluster = new PostgresCluster(bin, data, Ports.Free());
        await Run("mkdir", "-p", data);
        if (Environment.UserName == "root") await Run("chown", "postgres", data);
        await cluster.AsOwner("initdb", "-D", data, "--auth=trust", "-U", "postgres", "--encoding=UTF8", "--no-locale");
        await cluster.AsOwner("bash", "-c", $"printf \"listen_addresses = '127.0.0.1'\\nunix_socket_directories = '{data}'\\n" +
            "max_connections = 300\\nfsync = off\\n\" >> " + Path.Combine(data, "postgresql.conf"));
        await cluster.StartAsync();
        return cluster;
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=40;Timeout=5";

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var admin = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"create database {name}", admin);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Waits until the server accepts connections again (after crash recovery for <c>immediate</c>).</summary>
    public Task StartAsync() =>
        AsOwner("pg_ctl", "start", "-w", "-t", "120", "-D", _data, "-l", Path.Combine(_data, "server.log"), "-o", $"-p {Port}");

    /// <param name="mode"><c>fast</c> (clients disconnected, clean shutdown) or <c>immediate</c> (a crash).</param>
    public Task StopAsync(string mode) => AsOwner("pg_ctl", "stop", "-w", "-D", _data, "-m", mode);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync("immediate");
        }
        finally
        {
            await Run("rm", "-rf", _data);
        }
    }

    private Task AsOwner(string program, params string[] args) => Environment.UserName == "root"
        ? Run("runuser", ["-u", "postgres", "--", program.Contains('/') || program == "bash" ? program : Path.Combine(_bin, program), .. args])
        : Run(program == "bash" ? program : Path.Combine(_bin, program), args);

    private static async Task Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = "/", RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {error}{await output}");
        }
    }

}
