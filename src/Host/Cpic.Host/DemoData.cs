using Cpic.BuildingBlocks.Reference;
using Cpic.Goals.Demo;
using Cpic.Platforms.Demo;
using Marten;
using Wolverine;

namespace Cpic.Host;

/// <summary>
/// With <c>CPIC_DEMO=true</c> (<c>./build/run.sh --demo</c>), loads the centres and workplaces of seed 004, seed 004's
/// goals of this year (Goals), and once the host has started (the network goes through Wolverine handlers) the Liberec
/// centre's partner network.
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
        await GoalsDemo.LoadAsync(services, cancellationToken);
        logger.LogInformation("Demo data loaded: centres, workplaces and this year's goals of seed 004");
        lifetime.ApplicationStarted.Register(() => _ = LoadNetworkAsync(lifetime.ApplicationStopping));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LoadNetworkAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await LiberecNetwork.LoadAsync(scope.ServiceProvider.GetRequiredService<IMessageBus>(), store, ct);
            logger.LogInformation("Demo data loaded: the Liberec centre's partner network");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The demo network could not be loaded");
        }
    }
}
