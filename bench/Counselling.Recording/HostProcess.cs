using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Counselling.Recording;

/// <summary>
/// The real host (<c>Cpic.Host.dll</c>, production pipeline) in its own process on a loopback port, on the bench's
/// database, as a single node: demo centres seeded, Information logs off so that the console is not the bottleneck.
/// Shared with bench/Imports (linked there); the bare host of this bench is in HostProcess.Bare.cs.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    public const string Centre = "LBC";
    private readonly Process _process;

    private HostProcess(Process process, Uri baseAddress, string token)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Uri BaseAddress { get; }

    /// <summary>A client authenticated as a counsellor of <see cref="Centre"/>.</summary>
    public HttpClient Http { get; }

    public static Task<HostProcess> StartAsync(string hostFolder, string connectionString, string token)
    {
        var start = new ProcessStartInfo("dotnet", Path.Combine(hostFolder, "Cpic.Host.dll"))
        {
            WorkingDirectory = hostFolder, // the content root: appsettings.json
        };
        // Production, as deployed: no developer exception page, no DI scope validation. The development settings
        // (signing key, document-number key, schema applied at start) come from appsettings.Development.json.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in DevelopmentSettings(hostFolder))
        {
            start.Environment[key] = value;
        }

        start.Environment["CPIC_DEMO"] = "true";
        start.Environment["CPIC_DEMO_YEAR"] = "false"; // the centres only: the bench brings its own data
        start.Environment["Persistence__ConnectionString"] = connectionString;
        start.Environment["Persistence__Projections"] = "Solo";
        start.Environment["Wolverine__Solo"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return LaunchAsync(start, token);
    }

    private static async Task<HostProcess> LaunchAsync(ProcessStartInfo start, string token)
    {
        var port = FreePort();
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var host = new HostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"), token);
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>CPU time the host process has used so far (user + system, from /proc): a measure the load of other processes on the machine hardly changes.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
        }
    }

    /// <summary>The host's resident memory in MiB (VmRSS, from /proc).</summary>
    public long RssMiB => long.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;

    /// <summary>Registers anonymous clients through the Clients API (8 at a time) and waits until Counselling knows them all.</summary>
    public async Task<Guid[]> RegisterClientsAsync(int count, Func<Task<long>> knownClients)
    {
        var ids = new Guid[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var body = JsonSerializer.Serialize(new
            {
                anonymous = true, workplace = "LBC-LIB", pseudonym = $"Bench {i}", birthYearBand = "1980-1984",
                sex = i % 2 == 0 ? "female" : "male", nationality = "VN",
            });
            using var response = await Http.PostAsync("/api/v1/clients", new StringContent(body, Encoding.UTF8, "application/json"), ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"Register: {response.StatusCode} {text}");
            ids[i] = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        });

        var clock = Stopwatch.StartNew();
        while (await knownClients() < count)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("Counselling did not learn the clients.");
            await Task.Delay(100);
        }

        return ids;
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with code {_process.ExitCode}.");
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException("The host did not become ready.");
            await Task.Delay(250);
        }
    }

    /// <summary>appsettings.Development.json as environment variables (<c>Auth__SigningKey</c>...).</summary>
    private static IEnumerable<(string Key, string Value)> DevelopmentSettings(string hostFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(hostFolder, "appsettings.Development.json")));
        return Flatten(json.RootElement, "").ToList();

        static IEnumerable<(string, string)> Flatten(JsonElement element, string prefix) =>
            element.ValueKind == JsonValueKind.Object
                ? element.EnumerateObject().SelectMany(p => Flatten(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}__{p.Name}"))
                : [(prefix, element.ToString())];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
