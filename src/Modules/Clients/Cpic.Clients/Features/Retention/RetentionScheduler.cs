using Cpic.BuildingBlocks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Clients.Features.Retention;

/// <summary>
/// Sends <see cref="ApplyRetentionPolicy"/> once per interval (daily by default). The command goes through
/// Wolverine's durable local queue, so a run interrupted by a restart is finished by the next node to start;
/// with several nodes each sends it, which is harmless because anonymising is idempotent.
/// </summary>
internal sealed class RetentionScheduler(IServiceScopeFactory scopes, IOptions<ClientsOptions> options, TimeProvider clock)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionCheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var today = clock.Today();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().SendAsync(new ApplyRetentionPolicy(today));
        }
    }
}
