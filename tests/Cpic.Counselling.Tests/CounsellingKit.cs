using System.Net;
using System.Text.Json;
using Cpic.Clients.Contracts;
using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.Counselling.Tests;

/// <summary>Clients arrive as the Clients module's events; requests are tracked to see the messages they caused.</summary>
internal static class CounsellingKit
{
    public const string Services = "/api/v1/counselling/services";

    /// <summary>Publishes <c>ClientRegistered</c> for <paramref name="centre"/>, as Clients does, and waits until handled.</summary>
    public static async Task<Guid> RegisterClientAsync(this CpicApp app, string centre = "LBC")
    {
        var id = Guid.CreateVersion7();
        await app.PublishFromClientsAsync(new ClientRegistered(id, centre, $"{centre}-LIB", $"{centre}-{id.ToString()[^6..]}",
            false, "F", 1990, "UA", ServiceBody.Today), centre);
        return id;
    }

    public static Task PublishFromClientsAsync(this CpicApp app, object @event, string centre) =>
        app.Tracking()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(ctx =>
                ctx.PublishAsync(@event, new DeliveryOptions { TenantId = centre }).AsTask()));

    /// <summary>Runs a request and waits for every message it caused; failed requests are expected, so not asserted.</summary>
    public static async Task<(HttpResponseMessage Response, ITrackedSession Messages)> TrackAsync(this CpicApp app,
        Func<Task<HttpResponseMessage>> request)
    {
        HttpResponseMessage response = null!;
        var tracked = await app.Tracking().DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => response = await request()));
        return (response, tracked);
    }

    /// <summary>
    /// The messages of type <typeparamref name="T"/> the request published, whether or not a subscriber exists yet
    /// (Monitoring subscribes to most Counselling events; without it Wolverine records them as having no route).
    /// </summary>
    public static T[] Published<T>(this ITrackedSession messages) =>
        [.. messages.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<T>().Distinct()];

    public static async Task<JsonElement> RecordAsync(this CpicApp app, HttpClient client, ServiceBody body)
    {
        var (response, _) = await app.TrackAsync(() => client.PostJson(Services, body));
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<Guid> RecordReferralAsync(this CpicApp app, HttpClient client, object body)
    {
        var (response, _) = await app.TrackAsync(() => client.PostJson("/api/v1/counselling/referrals", body));
        return (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> SendWithIfMatch(this HttpClient client, HttpMethod method, string url,
        object body, string? etag)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object body) =>
        System.Net.Http.Json.JsonContent.Create(body, body.GetType(), options: JsonSerializerOptions.Web);

    public static string[] Strings(this JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetString()!)];
}
