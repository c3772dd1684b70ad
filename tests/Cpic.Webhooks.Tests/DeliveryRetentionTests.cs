using Cpic.Webhooks.Domain;
using Cpic.Webhooks.Retention;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cpic.Webhooks.Tests;

/// <summary>The delivery log is kept for <c>Webhooks:KeepDeliveriesFor</c>: older delivered and failed deliveries go.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class DeliveryRetentionTests(WebhookApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Deliveries_older_than_the_period_go_with_their_attempts_in_every_tenant_but_pending_ones_stay()
    {
        var now = DateTimeOffset.UtcNow;
        (string Label, string Status, DateTimeOffset Round)[] kept =
        [
            ("old delivered", DeliveryStatuses.Delivered, now.AddDays(-91)), ("old failed", DeliveryStatuses.Failed, now.AddDays(-91)),
            ("old pending", DeliveryStatuses.Pending, now.AddDays(-91)), ("recent", DeliveryStatuses.Delivered, now.AddDays(-89)),
        ];
        foreach (var tenant in new[] { "LBC", StorageConstants.DefaultTenantId })
        {
            await using var session = app.Store.LightweightSession(tenant);
            session.Store(kept.Select(d => new WebhookDelivery
            {
                Id = Guid.NewGuid(), SubscriptionId = Guid.NewGuid(), WebhookId = $"msg_{Guid.NewGuid():N}", EventType = d.Label,
                Status = d.Status, CreatedAt = d.Round, RoundStartedAt = d.Round, Attempts = [new DeliveryAttempt(d.Round, 200, 12, "ok", null)],
            }).ToArray());
            await session.SaveChangesAsync();
        }

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new PurgeWebhookDeliveries(now.AddDays(-90)));
        }

        await using var query = app.Store.QuerySession();
        (await query.Query<WebhookDelivery>().Where(d => d.AnyTenant()).Select(d => d.EventType).ToListAsync())
            .Should().BeEquivalentTo(["old pending", "old pending", "recent", "recent"]);
    }
}
