using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cpic.Webhooks.Tests;

/// <summary>
/// The host (Development: loopback targets and http allowed) with quick retries, so that a test sees a failure, two
/// retries and a giving-up within seconds, and a subscription disabled after three failed attempts in a row.
/// </summary>
public class WebhookApp : CpicApp
{
    /// <summary>Publishes an integration event as its module would, for <paramref name="centre"/>.</summary>
    public async Task PublishAsync(object integrationEvent, string centre = "LBC")
    {
        using var scope = Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        bus.TenantId = centre;
        await bus.PublishAsync(integrationEvent);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:FirstRetryDelay", "00:00:00.2");
        builder.UseSetting("Webhooks:MaxRetryDelay", "00:00:00.5");
        builder.UseSetting("Webhooks:RetryFor", "00:00:03");
        builder.UseSetting("Webhooks:DisableAfterFailures", "3");
        builder.UseSetting("Webhooks:DisableAfterFailingFor", "00:00:00");
        builder.UseSetting("Webhooks:Timeout", "00:00:02");
    }
}

[CollectionDefinition(Name)]
public sealed class WebhooksCollection : ICollectionFixture<WebhookApp>
{
    public const string Name = "webhooks";
}
