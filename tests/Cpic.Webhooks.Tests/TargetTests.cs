using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Webhooks.Domain;
using Microsoft.AspNetCore.Hosting;
using static Cpic.Webhooks.Tests.WebhookKit;

namespace Cpic.Webhooks.Tests;

/// <summary>The host as in production: private targets refused, https required.</summary>
public sealed class StrictApp : WebhookApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:AllowPrivateTargets", "false");
        builder.UseSetting("Webhooks:RequireHttps", "true");
    }
}

[CollectionDefinition(Name)]
public sealed class StrictCollection : ICollectionFixture<StrictApp>
{
    public const string Name = "webhooks-strict";
}

/// <summary>Outbound targets are checked when subscribing and again when sending (SSRF).</summary>
[Collection(StrictCollection.Name)]
public sealed class TargetTests(StrictApp app)
{
    private readonly HttpClient _integrator = app.ClientFor("LBC", Roles.Integrator);

    [Theory]
    [InlineData("http://hooks.example.org/cpic")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost:8443/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://10.20.30.40/hook")]
    [InlineData("https://172.16.0.1/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://0.0.0.0/hook")]
    public async Task A_subscription_to_a_non_public_or_plain_http_target_is_refused(string url)
    {
        var problem = await (await _integrator.PostAsJsonAsync(Subscriptions, new { url, eventTypes = new[] { "month.closed" } }))
            .ShouldBeProblem(ProblemTypes.Validation);
        problem.GetProperty("errors").GetProperty("url").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_public_https_target_is_accepted()
    {
        var response = await _integrator.PostAsJsonAsync(Subscriptions, new { url = "https://hooks.example.org/cpic", eventTypes = new[] { "month.closed" } });
        await response.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_target_that_is_private_when_sending_is_refused_then_and_nothing_reaches_it()
    {
        await using var receiver = await Receiver.StartAsync();
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(), Version = 1, Centre = "LBC", Url = receiver.Url("inside"), EventTypes = ["month.closed"],
            Secret = Signatures.NewSecret(), CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "test",
        };
        // Stored as if its name had resolved to a public address when subscribing (DNS rebinding).
        await using (var session = app.Store.LightweightSession("LBC"))
        {
            session.Insert(subscription);
            await session.SaveChangesAsync();
        }

        await app.PublishAsync(Events.Month("2026-06"));
        await Eventually(async () => await _integrator.Deliveries(subscription.Id) is [var d]
            && d.GetProperty("attempts").GetArrayLength() > 0, "the refused attempt");
        var attempt = (await _integrator.Deliveries(subscription.Id))[0].GetProperty("attempts")[0];
        attempt.GetProperty("error").GetString().Should().Contain("refused");
        attempt.GetProperty("statusCode").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        receiver.Requests.Should().BeEmpty();
    }
}
