using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace Cpic.Webhooks.Tests;

/// <summary>One request a receiver got: its path, Standard Webhooks headers, body, whether the signature checked out, and the answer given.</summary>
public sealed record Received(string Path, string WebhookId, string Timestamp, string Signature, string Body, bool Verified, int Answer);

/// <summary>
/// A real webhook receiver: Kestrel on a loopback port in this process. It verifies each request with the Standard
/// Webhooks reference library against the secret registered for its path, records it and answers what
/// <see cref="Answer"/> says (200 unless a test says otherwise).
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _secrets = new();

    private Receiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The status to answer a request with, given what came before it on the same path.</summary>
    public Func<Received, IReadOnlyList<Received>, int> Answer { get; set; } = (_, _) => 200;

    public string BaseUrl { get; private set; } = "";

    public static async Task<Receiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new Receiver(builder.Build());
        receiver._app.MapPost("/{**path}", receiver.HandleAsync);
        await receiver._app.StartAsync();
        receiver.BaseUrl = receiver._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>The URL of a path of this receiver, whose requests are verified with <paramref name="secret"/> once known.</summary>
    public string Url(string path) => $"{BaseUrl}/{path}";

    public void Expect(string path, string secret) => _secrets[path] = secret;

    public IReadOnlyList<Received> On(string path) => [.. Requests.Where(r => r.Path == path)];

    private async Task<IResult> HandleAsync(HttpContext http, string path)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers;
        var verified = _secrets.TryGetValue(path, out var secret) && Verifies(secret, body, headers);
        var received = new Received(path, headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(),
            headers["webhook-signature"].ToString(), body, verified, 0);
        var answer = Answer(received, On(path));
        Requests.Enqueue(received with { Answer = answer });
        return Results.Text(answer == 200 ? "ok" : "receiver says no", statusCode: answer);
    }

    /// <summary>
    /// Whether one of the signatures (two during a secret rotation) checks out. The library is given one at a time: its
    /// version 1.1.2 looks at the first of several only.
    /// </summary>
    private static bool Verifies(string secret, string body, IHeaderDictionary headers) =>
        headers["webhook-signature"].ToString().Split(' ').Any(signature =>
        {
            try
            {
                new StandardWebhook(secret).Verify(body, new HeaderDictionary
                {
                    ["webhook-id"] = headers["webhook-id"], ["webhook-timestamp"] = headers["webhook-timestamp"], ["webhook-signature"] = signature,
                });
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
