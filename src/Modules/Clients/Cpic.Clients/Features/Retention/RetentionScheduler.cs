using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Cpic.BuildingBlocks;
using Wolverine;

namespace Cpic.Clients.Features.Retention;

/// <summary>
/// Sends <see cref="ApplyRetentionPolicy"/> every day at <c>Clients:RetentionRunsAt</c> (Prague). The command goes
/// through Wolverine's durable local queue, so a run interrupted by a restart is finished by the next node to start;
/// with several nodes each sends it, which is harmless because anonymising is idempotent.
/// </summary>
internal sealed class RetentionScheduler(IServiceScopeFactory scopes, IOptions<ClientsOptions> options, TimeProvider clock)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (options.Value.NextRun(clock.GetUtcNow()) is { } next)
        {
            await Task.Delay(Later(next - clock.GetUtcNow()), clock, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().SendAsync(new ApplyRetentionPolicy(clock.Today()));
        }
    }

    private static TimeSpan Later(TimeSpan wait) => wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
}
