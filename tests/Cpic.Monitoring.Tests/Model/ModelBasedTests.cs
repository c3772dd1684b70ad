using System.Net;
using Cpic.BuildingBlocks.Auth;
using Xunit.Sdk;

namespace Cpic.Monitoring.Tests.Model;

/// <summary>
/// Random histories (<see cref="HistoryGenerator"/>) through the real host, compared with an independent model
/// (<see cref="HistoryModel"/>, <see cref="ExpectedFigures"/>) for random periods (calendar month, quarter, half-year,
/// year, any range of days), scopes, breakdowns and cross tables, and with a feed
/// consumer that pulls at random moments; field visits, audiences, cases, referrals and interpreter bookings too
/// (<see cref="ActivityModel"/>). Histories run <see cref="GroupSize"/> at a time, each in a year of its own, their
/// batches interleaved: the expected figures come from the model of the whole group, so a history that reaches into
/// another's period (a case still open) is still checked exactly, while each period mostly sees one history.
/// CI runs <see cref="DefaultHistories"/> histories; <c>CPIC_MODEL_HISTORIES=5000</c> runs more, and
/// <c>CPIC_MODEL_SEED=n</c> with <c>CPIC_MODEL_HISTORIES=m</c> replays the group a failure names.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class ModelBasedTests(CpicApp app) : IAsyncLifetime
{
    private const int DefaultHistories = 200;
    private const int GroupSize = 50;
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
        var first = int.TryParse(Environment.GetEnvironmentVariable("CPIC_MODEL_SEED"), out var seed) ? seed : 1;
        var count = int.TryParse(Environment.GetEnvironmentVariable("CPIC_MODEL_HISTORIES"), out var n) ? n : DefaultHistories;
        foreach (var group in Enumerable.Range(first, count).Chunk(GroupSize))
        {
            try
            {
                await RunAsync(group);
            }
            catch (Exception e) when (e is not XunitException { Message: var m } || !m.StartsWith("History", StringComparison.Ordinal))
            {
                throw new XunitException(
                    $"Histories of seeds {group[0]}..{group[^1]} (replay with CPIC_MODEL_SEED={group[0]} CPIC_MODEL_HISTORIES={group.Length}): {e.Message}");
            }
        }
    }

    private async Task RunAsync(int[] seeds)
    {
        await app.TruncateFactsAsync();
        var random = new Random(seeds[0]);
        var (model, consumer, activities) = (new HistoryModel(), new FeedConsumer(_analyst, random), new ActivityModel(random));
        var years = seeds.Select((_, i) => 2025 + (2 * i)).ToArray();
        var histories = seeds.Select((s, i) => new HistoryGenerator(new Random(s), activities, years[i]).Batches()).ToArray();
        for (var round = 0; histories.Any(h => h.Count > round); round++)
        {
            var batch = histories.Where(h => h.Count > round).SelectMany(h => h[round]).ToList();
            await app.PublishToMonitoring(batch);
            batch.ForEach(model.Apply);
            batch.ForEach(activities.Apply);
            if (random.Next(2) == 0)
            {
                await consumer.PullAsync();
            }
        }

        await consumer.PullAsync();
        var rows = model.Rows().ToList();
        foreach (var year in years)
        {
            await CheckStatisticsAsync(random, year, rows, activities);
            CheckFeed(random, year, rows, consumer);
        }
    }

    private async Task CheckStatisticsAsync(Random random, int year, List<HistoryModel.Row> rows, ActivityModel activities)
    {
        for (var check = 0; check < 2; check++)
        {
            var (from, to) = Period(random, year);
            var scope = Scopes[random.Next(Scopes.Length)];
            string[] groupBy = random.Next(3) == 0 ? [.. Dimensions.OrderBy(_ => random.Next()).Take(random.Next(1, 3))] : [];
            var query = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}{scope}{(groupBy.Length > 0 ? "&groupBy=" + string.Join(',', groupBy) : "")}";
            var stats = await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?{query}")).ShouldBe(HttpStatusCode.OK);
            var expected = ExpectedFigures.Of([.. rows.Where(r => r.Service.Date >= from && r.Service.Date <= to && InScope(r, scope))],
                c => _regions[c], to, groupBy);
            ExpectedFigures.Read(stats).Should().Be(expected, query);
            var audience = rows.Where(r => r.Ordinal == 0 && r.Service.Date >= from && r.Service.Date <= to && InScope(r, scope))
                .Sum(r => (long)(r.Service.AudienceSize ?? 0));
            ActivityModel.Read(stats.GetProperty("activities")).Should().Be(
                activities.Expected(from, to, (centre, workplace) => InScope(centre, workplace, scope), scope.Contains("workplace"), audience),
                $"the activities of {query}");
        }
    }

    private static void CheckFeed(Random random, int year, List<HistoryModel.Row> rows, FeedConsumer consumer)
    {
        foreach (var (from, to) in new[] { (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), Period(random, year) })
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

    private bool InScope(HistoryModel.Row row, string scope) => InScope(row.Service.Centre, row.Service.Workplace, scope);

    private bool InScope(string centre, string? workplace, string scope) => scope switch
    {
        "" => true,
        "&region=CZ051" => _regions[centre] == "CZ051",
        "&workplace=LBC-LIB" => workplace == "LBC-LIB",
        _ => centre == scope[^3..],
    };

    /// <summary>A calendar month, quarter, half-year or the year, any range of days, or the year from the day before.</summary>
    private static (DateOnly From, DateOnly To) Period(Random random, int year)
    {
        var month = new DateOnly(year, random.Next(1, 13), 1);
        var day = new DateOnly(year, 1, 1).AddDays(random.Next(365));
        var quarter = new DateOnly(year, (3 * random.Next(4)) + 1, 1);
        var half = new DateOnly(year, (6 * random.Next(2)) + 1, 1);
        return random.Next(6) switch
        {
            0 => (month, month.AddMonths(1).AddDays(-1)),
            1 => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            2 => (quarter, quarter.AddMonths(3).AddDays(-1)),
            3 => (day, day.AddDays(random.Next(1, 120)) is var end && end.Year == year ? end : new DateOnly(year, 12, 31)),
            4 => (half, half.AddMonths(6).AddDays(-1)),
            _ => (new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)),
        };
    }
}
