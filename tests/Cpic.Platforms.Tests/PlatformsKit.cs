using System.Net;
using System.Text.Json;
using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.Platforms.Tests;

/// <summary>Requests to the Platforms API, tracked to see the messages they caused, and the records most tests need.</summary>
internal static class PlatformsKit
{
    public const string Api = "/api/v1/platforms";

    public static string Day(int daysFromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday).ToString("yyyy-MM-dd");

    public static object Actor(string name, string type = "labour-office", string? ico = null, string town = "Liberec",
        string[]? themes = null) =>
        new { name, type, ico, town, region = "CZ051", web = "https://example.org", themes = themes ?? ["housing"], joinedOn = Day(-30) };

    public static async Task<(HttpResponseMessage Response, ITrackedSession Messages)> TrackAsync(this CpicApp app,
        Func<Task<HttpResponseMessage>> request)
    {
        HttpResponseMessage response = null!;
        var tracked = await app.Tracking().DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => response = await request()));
        return (response, tracked);
    }

    public static T[] Published<T>(this ITrackedSession messages) =>
        [.. messages.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<T>().Distinct()];

    public static async Task<JsonElement> CreateAsync(this CpicApp app, HttpClient client, string path, object body)
    {
        var (response, _) = await app.TrackAsync(() => client.PostJson($"{Api}/{path}", body));
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    public static async Task<Guid> ActorAsync(this CpicApp app, HttpClient client, string name, string type = "labour-office",
        string? ico = null) =>
        (await app.CreateAsync(client, "actors", Actor(name, type, ico))).GetProperty("id").GetGuid();

    public static async Task<HttpResponseMessage> SendWithIfMatch(this HttpClient client, HttpMethod method, string url,
        object? body, string? etag)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body, body.GetType(), options: JsonSerializerOptions.Web);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    public static string[] Strings(this JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetString()!)];
}

/// <summary>People with consents, for outreach tests.</summary>
internal static class OutreachKit
{
    public static async Task<Guid> PersonAsync(this CpicApp app, HttpClient client, Guid actor, string name, string email, string? consent)
    {
        var person = (await app.CreateAsync(client, $"actors/{actor}/people", new { name, email })).GetProperty("id").GetGuid();
        if (consent is not null)
        {
            await (await client.SendWithIfMatch(HttpMethod.Post, $"{PlatformsKit.Api}/people/{person}/consents",
                new { purpose = consent, given = true, on = PlatformsKit.Day(-1), how = "form" }, "\"1\"")).ShouldBe(HttpStatusCode.Created);
        }

        return person;
    }
}
