using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Webhooks.Retention;

/// <summary>
/// Sends <see cref="PurgeWebhookDeliveries"/> a minute after start and then once a day, through Wolverine's durable local queue (a
/// run cut short by a restart is finished by the next node to start; with several nodes each sends it, harmlessly).
/// </summary>
internal sealed class DeliveryPurgeScheduler(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var wait = TimeSpan.FromMinutes(1); ; wait = TimeSpan.FromDays(1))
        {
            await Task.Delay(wait, clock, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .SendAsync(new PurgeWebhookDeliveries(clock.GetUtcNow() - options.Value.KeepDeliveriesFor));
        }
    }
}
