using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;
using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.Goals.Tests;

/// <summary>Goal sets over HTTP, and Monitoring fed with the other modules' events (fictitious keys and codes only).</summary>
internal static class GoalsKit
{
    public const string Sets = "/api/v1/goals/sets";

    public static object MetricKr(string metric, object? filters, decimal target, string title = "Metric") =>
        new { title, kind = "metric", metric, filters, target };

    public static object Goal(string text, params object[] keyResults) =>
        new { text, area = "counselling", keyResults };

    public static async Task<JsonElement> CreateAsync(this HttpClient head, int year, params object[] goals) =>
        await (await head.PostJson(Sets, new { year, goals })).ShouldBe(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body,
        string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static string ETag(this JsonElement set) => $"\"{set.GetProperty("revision").GetInt32()}\"";

    /// <summary>Publishes events as their module would, for <paramref name="centre"/>, and waits for every handler.</summary>
    public static Task<ITrackedSession> PublishAsync(this CpicApp app, string centre, params object[] events) =>
        app.Tracking(TimeSpan.FromMinutes(2)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
            {
                foreach (var e in events)
                {
                    await bus.PublishAsync(e, new DeliveryOptions { TenantId = centre });
                }
            }));

    /// <summary>Runs a request and returns it with the messages it caused.</summary>
    public static async Task<(HttpResponseMessage Response, ITrackedSession Messages)> TrackAsync(this CpicApp app,
        Func<Task<HttpResponseMessage>> request)
    {
        HttpResponseMessage? response = null;
        var messages = await app.Tracking().DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => response = await request()));
        return (response!, messages);
    }

    /// <summary>Messages of <typeparamref name="T"/> published, whether or not a module subscribes to them yet.</summary>
    public static T[] Published<T>(this ITrackedSession messages) =>
        [.. messages.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<T>().Distinct()];

    public static ClientRegistered Client(int birthYear = 1990) =>
        new(Guid.CreateVersion7(), "LBC", "LBC-LIB", $"C-{Guid.NewGuid():N}"[..10], false, "female", birthYear, "UA",
            new DateOnly(2025, 1, 10));

    public static ServiceRecorded Service(DateOnly date, string type, string form, params Guid[] clients) =>
        new(Guid.CreateVersion7(), "LBC", "LBC-LIB", date, 30, type, form, "workplace", null, ["residence"], null, false,
            clients, null, null);

    /// <summary>Creates a set of <paramref name="year"/>, submits it and has the ministry coordinator approve it.</summary>
    public static async Task<JsonElement> ApprovedAsync(this CpicApp app, HttpClient head, int year, params object[] goals)
    {
        var set = await head.CreateAsync(year, goals);
        var url = $"{Sets}/{set.GetProperty("id").GetGuid()}";
        set = await (await head.SendAsync(HttpMethod.Post, $"{url}/submit", null, set.ETag())).ShouldBe(HttpStatusCode.OK);
        return await (await app.ClientFor(null, Cpic.BuildingBlocks.Auth.Roles.MinistryCoordinator)
            .SendAsync(HttpMethod.Post, $"{url}/approve", null, set.ETag())).ShouldBe(HttpStatusCode.OK);
    }

    public static Guid KeyResultId(this JsonElement set, int goal, int keyResult) =>
        set.GetProperty("goals")[goal].GetProperty("keyResults")[keyResult].GetProperty("id").GetGuid();
}
