using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Cpic.Faults.Tests;

/// <summary>
/// A fresh database on the suite's cluster, host nodes on it, four clients known to Counselling, and the write load
/// that runs through the fault. <see cref="Phase"/> is how long the load runs before and after it:
/// <c>CPIC_FAULT_SECONDS</c> (default 4; the long form in bench/README.md uses 60).
/// </summary>
internal sealed class Scenario : IAsyncDisposable
{
    public static readonly TimeSpan Phase = TimeSpan.FromSeconds(
        int.Parse(Environment.GetEnvironmentVariable("CPIC_FAULT_SECONDS") ?? "4", CultureInfo.InvariantCulture));

    public static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    private static readonly AuthOptions Auth = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(HostNode.Folder, "appsettings.Development.json")).Build()
        .GetSection(AuthOptions.Section).Get<AuthOptions>()!;

    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    private Scenario(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    /// <summary>The nodes a load balancer sends requests to.</summary>
    public List<HostNode> Live { get; } = [];

    private List<HostNode> All { get; } = [];

    public WriteLoad Load { get; private set; } = null!;

    public TimeSpan Now => Load.Clock.Elapsed;

    public static async Task<Scenario> StartAsync(PostgresCluster cluster, int nodes)
    {
        var scenario = new Scenario(await cluster.CreateDatabaseAsync($"faults_{Guid.NewGuid():N}"));
        for (var i = 0; i < nodes; i++) await scenario.AddNodeAsync();
        var counsellor = Token(Roles.Counsellor, "LBC");
        scenario.Load = new WriteLoad(() => [.. scenario.Live.Select(n => n.Address)], await scenario.RegisterClientsAsync(counsellor), counsellor);
        return scenario;
    }

    public async Task<HostNode> AddNodeAsync()
    {
        var node = await HostNode.StartAsync(ConnectionString);
        All.Add(node);
        Live.Add(node);
        return node;
    }

    public void StartLoad() => _running = Load.RunAsync(8, _stop.Token);

    /// <summary>Stops the load, retries what got no success with the same keys, and judges the outcome.</summary>
    public async Task<Verdict> FinishAsync(string name, TimeSpan repairedAt)
    {
        await Task.Delay(Phase);
        await _stop.CancelAsync();
        await _running;
        await Load.RetryUnansweredAsync();
        return await Verdicts.JudgeAsync(name, Load, ConnectionString, Live[0].Address, Token(Roles.MinistryAnalyst, null), repairedAt);
    }

    /// <summary>
    /// How long until the survivors have ejected a killed node and no message is left owned by it (Wolverine's
    /// durability settings, <c>Resilience.cs</c>).
    /// </summary>
    public async Task<TimeSpan> TimeToTakeOverAsync()
    {
        var killedAt = Now;
        await using var data = NpgsqlDataSource.Create(ConnectionString);
        while (await Verdicts.CountAsync(data, "select count(*) from wolverine.wolverine_nodes") > Live.Count
            || await Verdicts.CountAsync(data, """
                select count(*) from wolverine.wolverine_incoming_envelopes
                where owner_id <> 0 and owner_id not in (select node_number from wolverine.wolverine_nodes)
                """) > 0)
        {
            await Task.Delay(250);
        }

        return Now - killedAt;
    }

    private async Task<Guid[]> RegisterClientsAsync(string token)
    {
        using var http = new HttpClient { BaseAddress = Live[0].Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/clients", new
            {
                anonymous = true, workplace = "LBC-LIB", pseudonym = $"Fault {i}", birthYearBand = "1980-1984",
                sex = i % 2 == 0 ? "female" : "male", nationality = "VN",
            });
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            ids.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        }

        await using var data = NpgsqlDataSource.Create(ConnectionString);
        for (var i = 0; i < 600 && await Verdicts.CountAsync(data, "select count(*) from counselling.mt_doc_knownclient") < ids.Count; i++)
        {
            await Task.Delay(100);
        }

        return [.. ids];
    }

    internal static string Token(string role, string? centre) => DevTokens.Issue(Auth, $"fault-{role}", [role], centre);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var node in All) await node.DisposeAsync();
        _stop.Dispose();
    }
}
