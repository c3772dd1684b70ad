using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using static Cpic.Webhooks.Tests.WebhookKit;

namespace Cpic.Webhooks.Tests;

/// <summary>Repeated failures disable a subscription; its owner re-enables it and replays what failed meanwhile.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class DisableAndReplayTests(WebhookApp app) : IAsyncLifetime
{
    private Receiver _receiver = null!;
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _receiver = await Receiver.StartAsync();
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Three_failures_in_a_row_disable_the_subscription_until_its_owner_enables_it_and_replays()
    {
        _receiver.Answer = (_, _) => 500;
        var subscription = await _head.Subscribe(_receiver.Url("down"), "month.closed");
        _receiver.Expect("down", subscription.Secret);
        await app.PublishAsync(Events.Month("2026-09"));
        await app.PublishAsync(Events.Month("2026-10"));

        await Eventually(async () => !(await Read(subscription.Id)).GetProperty("enabled").GetBoolean(), "the subscription disabled");
        (await Read(subscription.Id)).GetProperty("disabledAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        await Eventually(async () => (await _head.Deliveries(subscription.Id, "?status=failed")).Length == 2, "both deliveries failed");
        var attempts = _receiver.On("down").Count;
        attempts.Should().Be(3);
        await Published(Events.Month("2026-11"));
        (await _head.Deliveries(subscription.Id)).Should().HaveCount(2, "a disabled subscription gets no new deliveries");

        _receiver.Answer = (_, _) => 200;
        var failed = (await _head.Deliveries(subscription.Id))[0];
        var replay = $"{Subscriptions}/{subscription.Id}/deliveries/{failed.GetProperty("id").GetGuid()}/replay";
        await (await _head.PostAsync(replay, null)).ShouldBeProblem(ProblemTypes.StateConflict);
        var etag = (await _head.GetAsync($"{Subscriptions}/{subscription.Id}")).Headers.ETag!.Tag;
        var enable = new HttpRequestMessage(HttpMethod.Put, $"{Subscriptions}/{subscription.Id}")
        {
            Content = JsonContent.Create(new { url = _receiver.Url("down"), eventTypes = new[] { "month.closed" }, enabled = true }),
        };
        enable.Headers.TryAddWithoutValidation("If-Match", etag);
        var enabled = await (await _head.SendAsync(enable)).ShouldBe(HttpStatusCode.OK);
        enabled.GetProperty("enabled").GetBoolean().Should().BeTrue();
        enabled.GetProperty("disabledAt").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);

        await (await app.ClientFor("PHA", Roles.CentreHead).PostAsync(replay, null)).ShouldBeProblem(ProblemTypes.NotFound);
        var replayed = await (await _head.PostAsync(replay, null)).ShouldBe(HttpStatusCode.Accepted);
        replayed.GetProperty("status").GetString().Should().Be("pending");
        await Eventually(() => _receiver.On("down").Any(r => r.Answer == 200), "the replayed delivery");
        var delivered = _receiver.On("down").Single(r => r.Answer == 200);
        delivered.WebhookId.Should().Be(failed.GetProperty("webhookId").GetString(), "a replay keeps the webhook-id");
        delivered.Verified.Should().BeTrue();

        await app.PublishAsync(Events.Month("2026-12"));
        await Eventually(async () => (await _head.Deliveries(subscription.Id, "?status=delivered")).Length == 2, "a new event after re-enabling");
    }

    [Fact]
    public async Task The_ministry_receives_network_wide_events_of_every_centre_and_a_centre_only_its_own()
    {
        var ministry = await app.ClientFor(null, Roles.MinistryCoordinator).Subscribe(_receiver.Url("ministry"), "month.closed");
        var centre = await _head.Subscribe(_receiver.Url("centre"), "month.closed");
        _receiver.Expect("ministry", ministry.Secret);
        _receiver.Expect("centre", centre.Secret);
        await app.PublishAsync(Events.Month("2026-08", "LBC"), "LBC");
        await app.PublishAsync(Events.Month("2026-08", "PHA"), "PHA");

        await Eventually(() => _receiver.On("ministry").Count == 2, "both centres' months for the ministry");
        _receiver.On("ministry").Should().OnlyContain(r => r.Verified);
        await Published(Events.Month("2026-07", "PHA"), "PHA");
        await Eventually(() => _receiver.On("ministry").Count == 3, "the third month for the ministry");
        _receiver.On("centre").Should().ContainSingle().Which.Body.Should().Contain("\"centre\":\"LBC\"");
    }

    /// <summary>Publishes the event and waits until every message it causes is handled.</summary>
    private Task<bool> Published(object integrationEvent, string centre = "LBC") => app.AndWaitForMessages(async () =>
    {
        await app.PublishAsync(integrationEvent, centre);
        return true;
    });

    private async Task<System.Text.Json.JsonElement> Read(Guid id) =>
        await (await _head.GetAsync($"{Subscriptions}/{id}")).ShouldBe(HttpStatusCode.OK);
}
