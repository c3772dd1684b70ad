using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using Cpic.Goals.Demo;
using Cpic.Platforms.Demo;
using Marten;
using Wolverine;

namespace Cpic.Host;

/// <summary>
/// With <c>CPIC_DEMO=true</c> (<c>./build/run.sh --demo</c>), loads the centres and workplaces of seed 004, and once the
/// host has started (the rest goes through Wolverine handlers) a year of every centre's work (<see cref="DemoYear"/>),
/// seed 004's goals of this year (Goals, after the year so their progress is live) and the Liberec centre's partner network.
/// </summary>
internal sealed class DemoData(IDocumentStore store, IServiceProvider services, IHostApplicationLifetime lifetime,
    IConfiguration configuration, ILogger<DemoData> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("CPIC_DEMO"))
        {
            return;
        }

        await CentreRegistry.SeedAsync(store, cancellationToken);
        logger.LogInformation("Demo data loaded: centres and workplaces of seed 004");
        lifetime.ApplicationStarted.Register(() => _ = LoadActivityAsync(lifetime.ApplicationStopping));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LoadActivityAsync(CancellationToken ct)
    {
        try
        {
            if (configuration.GetValue("CPIC_DEMO_YEAR", true))
            {
                var took = await DemoYear.LoadAsync(services, ct);
                logger.LogInformation("Demo data loaded: a year of every centre's work in {Seconds:F1} s", took.TotalSeconds);
            }

            await GoalsDemo.LoadAsync(services, ct);
            logger.LogInformation("Demo data loaded: this year's goals of seed 004");
            await using var scope = services.CreateAsyncScope();
            await LiberecNetwork.LoadAsync(scope.ServiceProvider.GetRequiredService<IMessageBus>(), store,
                services.GetRequiredService<TimeProvider>().Today(), ct);
            logger.LogInformation("Demo data loaded: the Liberec centre's partner network");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The demo data could not be loaded");
        }
    }
}
