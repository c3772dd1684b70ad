using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Webhooks.Tests.WebhookKit;

namespace Cpic.Webhooks.Tests;

/// <summary>Deliveries end to end, to a real receiver: signed, ids and codes only, retried, in order per resource.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class DeliveryTests(WebhookApp app) : IAsyncLifetime
{
    private Receiver _receiver = null!;
    private readonly HttpClient _integrator = app.ClientFor("LBC", Roles.Integrator);

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _receiver = await Receiver.StartAsync();
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_registered_client_arrives_signed_with_ids_and_codes_but_no_personal_data()
    {
        var subscription = await _integrator.Subscribe(_receiver.Url("clients"), "client.registered");
        _receiver.Expect("clients", subscription.Secret);
        var surname = $"Kovalenko{Guid.NewGuid():N}"[..16];
        var client = await (await app.ClientFor("LBC", Roles.Counsellor).PostAsJsonAsync("/api/v1/clients?force=true", new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "Olena", surname, birthDate = "1987-03-09", sex = "female",
            nationality = "UA", contact = new { phone = "+420 777 123 456", email = "olena@example.org", town = "Liberec" },
        })).ShouldBe(HttpStatusCode.Created);

        await Eventually(() => _receiver.On("clients").Count == 1, "the delivery of the registration");
        var received = _receiver.On("clients")[0];
        received.Verified.Should().BeTrue("the Standard Webhooks library accepts the signature");
        received.WebhookId.Should().StartWith("msg_");
        var payload = JsonDocument.Parse(received.Body).RootElement;
        payload.GetProperty("type").GetString().Should().Be("client.registered");
        payload.GetProperty("timestamp").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        payload.GetProperty("data").GetProperty("clientId").GetGuid().Should().Be(client.GetProperty("id").GetGuid());
        payload.GetProperty("data").GetProperty("clientCode").GetString().Should().Be(client.GetProperty("code").GetString());
        received.Body.Should().NotContainAny("Olena", surname, "1987-03", "olena@example.org", "777 123", "\"UA\"", "female", "Liberec");

        await Eventually(async () => (await _integrator.Deliveries(subscription.Id))[0].GetProperty("status").GetString() == "delivered",
            "the delivery recorded as delivered");
        var attempt = (await _integrator.Deliveries(subscription.Id))[0].GetProperty("attempts")[0];
        attempt.GetProperty("statusCode").GetInt32().Should().Be(200);
        attempt.GetProperty("latencyMs").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        attempt.GetProperty("responseExcerpt").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task A_failed_attempt_is_retried_under_the_same_webhook_id_and_every_attempt_is_logged()
    {
        _receiver.Answer = (request, before) => before.Count(b => b.WebhookId == request.WebhookId) < 2 ? 500 : 200;
        var subscription = await _integrator.Subscribe(_receiver.Url("retries"), "service.recorded");
        _receiver.Expect("retries", subscription.Secret);
        await app.PublishAsync(Events.Recorded(Guid.NewGuid()));

        await Eventually(() => _receiver.On("retries").Any(r => r.Answer == 200), "the third attempt");
        var received = _receiver.On("retries");
        received.Select(r => r.Answer).Should().Equal(500, 500, 200);
        received.Select(r => r.WebhookId).Distinct().Should().ContainSingle();
        received.Should().OnlyContain(r => r.Verified && r.Body == received[0].Body);
        await Eventually(async () => (await _integrator.Deliveries(subscription.Id, "?status=delivered")).Length == 1, "delivered");
        var attempts = (await _integrator.Deliveries(subscription.Id))[0].GetProperty("attempts").EnumerateArray().ToList();
        attempts.Select(a => a.GetProperty("statusCode").GetInt32()).Should().Equal(500, 500, 200);
        attempts[0].GetProperty("responseExcerpt").GetString().Should().Be("receiver says no");
    }

    [Fact]
    public async Task Deliveries_of_one_resource_arrive_in_order_while_another_resource_does_not_wait()
    {
        var (service, other) = (Guid.NewGuid(), Guid.NewGuid());
        string? first = null;
        _receiver.Answer = (request, before) =>
        {
            first ??= request.WebhookId;
            return request.WebhookId == first && before.Count(b => b.WebhookId == first) < 2 ? 503 : 200;
        };
        var subscription = await _integrator.Subscribe(_receiver.Url("order"), "service.recorded", "service.corrected", "service.cancelled");
        _receiver.Expect("order", subscription.Secret);
        await app.PublishAsync(Events.Recorded(service));
        await app.PublishAsync(Events.Recorded(other));
        await app.PublishAsync(Events.Corrected(service));
        await app.PublishAsync(Events.Cancelled(service));

        await Eventually(async () => (await _integrator.Deliveries(subscription.Id, "?status=delivered")).Length == 4, "four deliveries");
        var received = _receiver.On("order").ToList();
        var ofService = received.Where(r => r.Body.Contains(service.ToString(), StringComparison.Ordinal)).ToList();
        ofService.Select(r => (Type(r), r.Answer)).Should().Equal(
            ("service.recorded", 503), ("service.recorded", 503), ("service.recorded", 200), ("service.corrected", 200), ("service.cancelled", 200));
        var otherArrived = received.FindIndex(r => r.Body.Contains(other.ToString(), StringComparison.Ordinal));
        otherArrived.Should().BeLessThan(received.IndexOf(ofService[2]), "another resource is not held up by the retries");
    }

    [Fact]
    public async Task After_a_secret_rotation_deliveries_verify_with_the_new_and_the_old_secret()
    {
        var subscription = await _integrator.Subscribe(_receiver.Url("rotation"), "service.cancelled");
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Subscriptions}/{subscription.Id}/rotate-secret");
        request.Headers.TryAddWithoutValidation("If-Match", subscription.ETag);
        var rotated = await (await _integrator.SendAsync(request)).ShouldBe(HttpStatusCode.OK);
        var secret = rotated.GetProperty("secret").GetString()!;
        secret.Should().StartWith("whsec_").And.NotBe(subscription.Secret);

        _receiver.Expect("rotation", secret);
        await app.PublishAsync(Events.Cancelled(Guid.NewGuid()));
        await Eventually(() => _receiver.On("rotation").Count == 1, "the delivery");
        _receiver.On("rotation")[0].Verified.Should().BeTrue("the new secret signs");
        _receiver.On("rotation")[0].Signature.Split(' ').Should().HaveCount(2, "the old secret signs as well for a day");

        _receiver.Expect("rotation", subscription.Secret);
        await app.PublishAsync(Events.Cancelled(Guid.NewGuid()));
        await Eventually(() => _receiver.On("rotation").Count == 2, "the second delivery");
        _receiver.On("rotation")[1].Verified.Should().BeTrue("the old secret still signs");
    }

    [Fact]
    public async Task A_month_closed_by_the_centre_head_reaches_the_ministry()
    {
        var subscription = await app.ClientFor(null, Roles.MinistryAnalyst).Subscribe(_receiver.Url("months"), "month.closed");
        _receiver.Expect("months", subscription.Secret);
        var month = DateTime.UtcNow.AddMonths(-2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await (await app.ClientFor("LBC", Roles.CentreHead).PostAsync($"/api/v1/monitoring/periods/LBC/{month}/close", null))
            .ShouldBe(HttpStatusCode.Created);

        await Eventually(() => _receiver.On("months").Count == 1, "the month closed");
        _receiver.On("months")[0].Verified.Should().BeTrue();
        var data = JsonDocument.Parse(_receiver.On("months")[0].Body).RootElement.GetProperty("data");
        (data.GetProperty("centre").GetString(), data.GetProperty("month").GetString(), data.GetProperty("snapshot").GetInt32())
            .Should().Be(("LBC", month, 1));
    }

    private static string Type(Received r) => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString()!;
}
