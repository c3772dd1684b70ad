using Cpic.BuildingBlocks.Reference;
using Cpic.Goals.Demo;
using Marten;

namespace Cpic.Host;

/// <summary>With <c>CPIC_DEMO=true</c> (<c>./build/run.sh --demo</c>), loads the centres and workplaces of seed 004
/// and seed 004's goals of this year (Goals).</summary>
internal sealed class DemoData(IDocumentStore store, IServiceProvider services, IConfiguration configuration, ILogger<DemoData> logger) : IHostedService
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
