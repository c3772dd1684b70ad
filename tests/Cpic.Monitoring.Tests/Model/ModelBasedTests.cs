using System.Net;
using Cpic.BuildingBlocks.Auth;
using Xunit.Sdk;

namespace Cpic.Monitoring.Tests.Model;

/// <summary>
/// Random histories (<see cref="HistoryGenerator"/>) through the real host, compared with an independent model
/// (<see cref="HistoryModel"/>, <see cref="ExpectedFigures"/>) for random periods (calendar month and year from the
/// cube, a quarter, any range, the year through the facts), scopes, breakdowns and cross tables, and with a feed
/// consumer that pulls at random moments. CI runs <see cref="DefaultHistories"/> histories;
/// <c>CPIC_MODEL_HISTORIES=5000</c> runs more, <c>CPIC_MODEL_SEED=n</c> replays the one a failure names.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class ModelBasedTests(CpicApp app) : IAsyncLifetime
{
    private const int DefaultHistories = 40;
    private static readonly string[] Scopes = ["", "&region=CZ051", "&centre=LBC", "&centre=JHM", "&workplace=LBC-LIB"];
    private static readonly string[] Dimensions = ["serviceType", "topic", "residenceCategory", "ageBand", "nationality", "month", "centre"];
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);
    private Dictionary<string, string> _regions = [];

    public async Task InitializeAsync()
    {
        await app.ResetWithFactsAsync();
        var centres = await (await _analyst.GetAsync("/api/v1/reference/centres")).ShouldBe(HttpStatusCode.OK);
        _regions = centres.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("region").GetString()!);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Random_histories_give_the_figures_of_an_independent_model()
    {
        var seeds = Environment.GetEnvironmentVariable("CPIC_MODEL_SEED") is { Length: > 0 } one ? [int.Parse(one)]
            : Enumerable.Range(1, int.TryParse(Environment.GetEnvironmentVariable("CPIC_MODEL_HISTORIES"), out var n) ? n : DefaultHistories);
        foreach (var seed in seeds)
        {
            try
            {
                await RunAsync(seed);
            }
            catch (Exception e) when (e is not XunitException { Message: var m } || !m.StartsWith("History", StringComparison.Ordinal))
            {
                throw new XunitException($"History of seed {seed} (replay with CPIC_MODEL_SEED={seed}): {e.Message}");
            }
        }
    }

    private async Task RunAsync(int seed)
    {
        await app.TruncateFactsAsync();
        var random = new Random(seed);
        var (model, consumer) = (new HistoryModel(), new FeedConsumer(_analyst, random));
        foreach (var batch in new HistoryGenerator(random).Batches())
        {
            await app.PublishToMonitoring(batch);
            batch.ForEach(model.Apply);
            if (random.Next(2) == 0)
            {
                await consumer.PullAsync();
            }
        }

        await consumer.PullAsync();
        var rows = model.Rows().ToList();
        for (var check = 0; check < 3; check++)
        {
            var (from, to) = Period(random);
            var scope = Scopes[random.Next(Scopes.Length)];
            string[] groupBy = random.Next(3) == 0 ? [.. Dimensions.OrderBy(_ => random.Next()).Take(random.Next(1, 3))] : [];
            var query = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}{scope}{(groupBy.Length > 0 ? "&groupBy=" + string.Join(',', groupBy) : "")}";
            var stats = await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?{query}")).ShouldBe(HttpStatusCode.OK);
            var expected = ExpectedFigures.Of([.. rows.Where(r => r.Service.Date >= from && r.Service.Date <= to && InScope(r, scope))],
                c => _regions[c], to, groupBy);
            ExpectedFigures.Read(stats).Should().Be(expected, query);
        }

        foreach (var (from, to) in new[] { (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Period(random) })
        {
            var inPeriod = rows.Where(r => r.Service.Date >= from && r.Service.Date <= to).ToList();
            var primary = inPeriod.Where(r => r.Ordinal == 0).ToList();
            var categories = inPeriod.Where(r => r.Key is not null).GroupBy(r => r.Key).Select(g => g.OrderBy(r => r.Service.Date).Last().Category ?? "-")
                .GroupBy(c => c).Select(g => $"{g.Key}:{g.Count()}").Order(StringComparer.Ordinal);
            consumer.Figures(from, to).Should().Be(
                $"{inPeriod.Where(r => r.Key is not null).Select(r => r.Key).Distinct().Count()} {primary.Count} {primary.Sum(r => r.Service.Minutes)} {string.Join(',', categories)}",
                $"the feed consumer's figures of {from}..{to}");
        }
    }

    private bool InScope(HistoryModel.Row row, string scope) => scope switch
    {
        "" => true,
        "&region=CZ051" => _regions[row.Service.Centre] == "CZ051",
        "&workplace=LBC-LIB" => row.Service.Workplace == "LBC-LIB",
        _ => row.Service.Centre == scope[^3..],
    };

    /// <summary>A calendar month or the year (the cube), a quarter, any range, or the year through the facts.</summary>
    private static (DateOnly From, DateOnly To) Period(Random random)
    {
        var month = new DateOnly(2025, random.Next(1, 13), 1);
        var day = new DateOnly(2025, 1, 1).AddDays(random.Next(365));
        var quarter = new DateOnly(2025, (3 * random.Next(4)) + 1, 1);
        return random.Next(5) switch
        {
            0 => (month, month.AddMonths(1).AddDays(-1)),
            1 => (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
            2 => (quarter, quarter.AddMonths(3).AddDays(-1)),
            3 => (day, day.AddDays(random.Next(1, 120)) is var end && end.Year == 2025 ? end : new DateOnly(2025, 12, 31)),
            _ => (new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31)),
        };
    }
}
