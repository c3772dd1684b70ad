using Cpic.BuildingBlocks.Persistence;
using Cpic.Webhooks.Domain;
using Cpic.Webhooks.Features.EventTypes;
using Cpic.Webhooks.Retention;
using Cpic.Webhooks.Sending;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cpic.Webhooks;

/// <summary>
/// The Webhooks module: subscriptions to integration events and their signed deliveries (Standard Webhooks), in the
/// <c>webhooks</c> schema, tenanted by centre (the ministry's under the default tenant). ADR 0015, docs/webhooks.md.
/// </summary>
public static class WebhooksModule
{
    public const string Schema = "webhooks";

    /// <summary>The module's queue (events fanned out to deliveries), handled one message at a time in publication order.</summary>
    public const string Queue = "webhooks";

    /// <summary>The durable queue of delivery attempts, one at a time (ordering per resource, ADR 0015).</summary>
    public const string SendQueue = "webhooks-send";

    public static IServiceCollection AddWebhooksModule(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .PostConfigure<IHostEnvironment>((o, env) =>
            {
                o.AllowPrivateTargets ??= env.IsDevelopment();
                o.RequireHttps ??= !env.IsDevelopment();
            });
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<DeliveryPurgeScheduler>();
        services.AddHttpClient(WebhookSender.Client, (sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout + TimeSpan.FromSeconds(1))
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateTargets == true
                    ? null : PublicTargets.ConnectAsync,
            });
        services.ConfigureSwaggerGen(o => o.DocumentFilter<EventSchemas>());
        services.ConfigureMarten(o =>
        {
            o.Schema.For<Subscription>().DatabaseSchemaName(Schema).UseNumericRevisions(true);
            o.Schema.For<SubscriptionHealth>().DatabaseSchemaName(Schema);
            o.Schema.For<WebhookDelivery>().DatabaseSchemaName(Schema).UseNumericRevisions(true)
                .Index(d => d.SubscriptionId).Index(d => d.Sequence);
        });
        return services;
    }
}
