using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cpic.Webhooks.Tests;

/// <summary>A subscription as its owner knows it after creating it.</summary>
public sealed record Subscribed(Guid Id, string Secret, string ETag);

/// <summary>The HTTP calls the webhook tests repeat, and waiting for what the host does in the background.</summary>
public static class WebhookKit
{
    public const string Subscriptions = "/api/v1/webhooks/subscriptions";

    public static async Task<Subscribed> Subscribe(this HttpClient client, string url, params string[] eventTypes)
    {
        var response = await client.PostAsJsonAsync(Subscriptions, new { url, eventTypes, description = "test" });
        var body = await response.ShouldBe(HttpStatusCode.Created);
        return new Subscribed(body.GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!, response.Headers.ETag!.Tag);
    }

    public static async Task<JsonElement[]> Deliveries(this HttpClient client, Guid subscription, string query = "")
    {
        var page = await (await client.GetAsync($"{Subscriptions}/{subscription}/deliveries{query}")).ShouldBe(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>Waits up to <paramref name="seconds"/> for <paramref name="condition"/>; fails the test with <paramref name="what"/> otherwise.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Waited {seconds} s for: {what}");
            await Task.Delay(100);
        }
    }

    public static Task Eventually(Func<bool> condition, string what, int seconds = 30) =>
        Eventually(() => Task.FromResult(condition()), what, seconds);
}
