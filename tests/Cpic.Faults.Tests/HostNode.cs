using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Cpic.Faults.Tests;

/// <summary>
/// The real host (<c>Cpic.Host.dll</c>, Production pipeline, several nodes allowed) in a process of its own, as an
/// operator runs it: <c>ASPNETCORE_URLS</c>, the development keys as environment variables, schema applied at start.
/// Its console goes to <c>.data/faults/&lt;port&gt;.log</c>.
/// </summary>
internal sealed class HostNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostNode(Process process, Uri address, StreamWriter log)
    {
        _process = process;
        Address = address;
        _log = log;
    }

    public Uri Address { get; }

    public static string Folder { get; } = Repository.PathOf("src", "Host", "Cpic.Host", "bin",
        AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release", "net10.0");

    public static async Task<HostNode> StartAsync(string connectionString)
    {
        var port = Ports.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(Folder, "Cpic.Host.dll") }, WorkingDirectory = Folder,
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var (key, value) in DevelopmentSettings()) start.Environment[key] = value;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Persistence__ConnectionString"] = connectionString;
        start.Environment["Persistence__ApplySchemaOnStart"] = "true";
        start.Environment["CPIC_DEMO"] = "true"; // the centre registry
        start.Environment["CPIC_DEMO_YEAR"] = "false"; // not the demo year: the write load is the test's own
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        Directory.CreateDirectory(Repository.PathOf(".data", "faults"));
        var log = new StreamWriter(Repository.PathOf(".data", "faults", $"{port}.log")) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new HostNode(process, new Uri($"http://127.0.0.1:{port}"), log);
        await node.WaitUntilReadyAsync();
        return node;
    }

    /// <summary><c>kill -9</c>: no shutdown, no goodbye to the other nodes.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(); // SIGKILL on Linux
        await _process.WaitForExitAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with {_process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The host did not become ready in 3 minutes.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }

    /// <summary>appsettings.Development.json as environment variables (<c>Auth__SigningKey</c>...).</summary>
    public static IEnumerable<(string Key, string Value)> DevelopmentSettings()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "appsettings.Development.json")));
        return Flatten(json.RootElement, "").ToList();

        static IEnumerable<(string, string)> Flatten(JsonElement e, string prefix) => e.ValueKind == JsonValueKind.Object
            ? e.EnumerateObject().SelectMany(p => Flatten(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}__{p.Name}"))
            : [(prefix, e.ToString())];
    }


    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
