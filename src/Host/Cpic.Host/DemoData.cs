using Cpic.BuildingBlocks.Reference;
using Marten;

namespace Cpic.Host;

/// <summary>With <c>CPIC_DEMO=true</c> (<c>./build/run.sh --demo</c>), loads the centres and workplaces of seed 004.</summary>
internal sealed class DemoData(IDocumentStore store, IConfiguration configuration, ILogger<DemoData> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("CPIC_DEMO"))
        {
            return;
        }

        await CentreRegistry.SeedAsync(store, cancellationToken);
        logger.LogInformation("Demo data loaded: centres and workplaces of seed 004");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
