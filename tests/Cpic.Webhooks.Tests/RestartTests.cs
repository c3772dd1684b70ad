using Cpic.BuildingBlocks.Auth;

namespace Cpic.Webhooks.Tests;

/// <summary>
/// A host stopped while deliveries wait for their retry (and one just published) loses none: another host on the same
/// database sends each, and the receiver gets exactly one successful request per webhook-id (the failed attempt before
/// the restart carried the same id).
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_restarted_host_sends_every_pending_delivery_exactly_once_under_its_webhook_id()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var receiver = await Receiver.StartAsync();
        receiver.Answer = (request, before) => before.Any(b => b.WebhookId == request.WebhookId) ? 200 : 500;
        var first = await new Node(database.ConnectionString, TimeSpan.FromSeconds(4)).StartAsync();
        var subscription = await first.ClientFor("LBC", Roles.Integrator).Subscribe(receiver.Url("restart"), "month.closed");
        receiver.Expect("restart", subscription.Secret);
        foreach (var month in new[] { "2026-01", "2026-02", "2026-03" }) await first.PublishAsync(Events.Month(month));
        await WebhookKit.Eventually(() => receiver.On("restart").Count == 3, "three failed first attempts");
        await first.PublishAsync(Events.Month("2026-04"));
        await first.DisposeAsync();
        var failedBefore = receiver.On("restart").Where(r => r.Answer == 500).Select(r => r.WebhookId).ToList();

        await using var second = await new Node(database.ConnectionString, TimeSpan.FromSeconds(1)).StartAsync();
        await WebhookKit.Eventually(() => receiver.On("restart").Count(r => r.Answer == 200) == 4, "four deliveries after the restart", 60);
        await Task.Delay(TimeSpan.FromSeconds(6)); // more than a retry period: nothing is sent twice
        var received = receiver.On("restart");
        received.Should().OnlyContain(r => r.Verified);
        received.Where(r => r.Answer == 200).GroupBy(r => r.WebhookId).Should().HaveCount(4).And.OnlyContain(g => g.Count() == 1);
        failedBefore.Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyContain(id => received.Any(r => r.WebhookId == id && r.Answer == 200));
    }
}
