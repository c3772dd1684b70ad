using Xunit.Abstractions;

namespace Cpic.Faults.Tests;

/// <summary>
/// Real hosts as processes under a steady write load (8 callers), through a fault: every acknowledged write is stored
/// once, requests that got no answer are settled by keyed retries, no 500, no dead letter, and Monitoring's figures
/// and facts feed equal what Counselling holds within <see cref="Verdicts.StatisticsDeadline"/>.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultScenarioTests(FaultCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task A_host_killed_with_sigkill_and_started_again_loses_nothing()
    {
        await using var scenario = await Scenario.StartAsync(cluster.Server, nodes: 1);
        scenario.StartLoad();
        await Task.Delay(Scenario.Phase);
        var dead = scenario.Live[0];
        await dead.KillAsync();
        var repairedAt = scenario.Now;
        await scenario.AddNodeAsync();
        scenario.Live.Remove(dead);
        Holds(await scenario.FinishAsync("host kill -9, restarted", repairedAt));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("immediate")]
    public async Task PostgreSQL_stopped_and_started_under_load_loses_nothing_and_answers_503_meanwhile(string mode)
    {
        await using var scenario = await Scenario.StartAsync(cluster.Server, nodes: 1);
        scenario.StartLoad();
        await Task.Delay(Scenario.Phase);
        await cluster.Server.StopAsync(mode);
        await Task.Delay(Scenario.Outage);
        await cluster.Server.StartAsync();
        var verdict = await scenario.FinishAsync($"PostgreSQL stop -m {mode}, 5 s, start", scenario.Now);
        Holds(verdict);
        verdict.FirstSuccess.Should().BeLessThan(TimeSpan.FromSeconds(15), "the host recovers without a restart");
    }

    [Fact]
    public async Task Two_hosts_one_killed_the_survivor_takes_over_its_messages()
    {
        await using var scenario = await Scenario.StartAsync(cluster.Server, nodes: 2);
        scenario.StartLoad();
        await Task.Delay(Scenario.Phase);
        var dead = scenario.Live[1];
        await dead.KillAsync();
        scenario.Live.Remove(dead);
        var takeOver = scenario.TimeToTakeOverAsync();
        var verdict = await scenario.FinishAsync("two hosts, one kill -9", scenario.Now);
        Holds(verdict);
        var took = await takeOver;
        output.WriteLine($"take-over of the killed node's messages: {took.TotalSeconds:F1} s");
        File.AppendAllText(Repository.PathOf(".data", "faults", "verdicts.txt"), $"  take-over {took.TotalSeconds:F1} s\n");
        took.Should().BeLessThan(TimeSpan.FromSeconds(15), "the survivor ejects a dead node within seconds (aim: under 10 s)");
    }

    private void Holds(Verdict verdict)
    {
        output.WriteLine(verdict.ToString());
        File.AppendAllText(Repository.PathOf(".data", "faults", "verdicts.txt"), $"{DateTimeOffset.UtcNow:u} {verdict}\n");
        verdict.Acknowledged.Should().BeGreaterThan(0);
        verdict.Lost.Should().Be(0, "every acknowledged write is stored");
        verdict.Duplicated.Should().Be(0, "no request is stored twice, retried with its key or not");
        verdict.ServerErrors.Should().Be(0, "an outage is a 503, never a 500");
        verdict.DeadLetters.Should().Be(0, "a database outage never dead-letters a message");
        verdict.ExactStatistics.Should().NotBeNull("Monitoring catches up with every stored service");
    }
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultCluster>
{
    public const string Name = "faults";
}

/// <summary>The suite's own PostgreSQL cluster, shared by its scenarios (they run one after the other).</summary>
public sealed class FaultCluster : IAsyncLifetime
{
    internal PostgresCluster Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresCluster.CreateAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
