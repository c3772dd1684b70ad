using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cpic.Webhooks.Domain;
using Microsoft.Extensions.Options;

namespace Cpic.Webhooks.Sending;

/// <summary>
/// Makes one Standard Webhooks attempt: POSTs the body with <c>webhook-id</c>, <c>webhook-timestamp</c> (now) and
/// <c>webhook-signature</c>, within <see cref="WebhookOptions.Timeout"/>, reading at most
/// <see cref="WebhookOptions.MaxResponseBytes"/> of the answer, and tells what happened. Never throws for the target's sake.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options)
{
    public const string Client = "webhooks";
    private const int ExcerptLength = 1000;

    internal async Task<DeliveryAttempt> SendAsync(string url, string webhookId, string payload, IEnumerable<string> secrets,
        DateTimeOffset now, CancellationToken ct)
    {
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", Signatures.Sign(secrets, webhookId, timestamp, payload));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var excerpt = await ReadExcerptAsync(response, timeout.Token);
            return new DeliveryAttempt(now, (int)response.StatusCode, Elapsed(watch), excerpt, null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is HttpRequestException or OperationCanceledException or IOException)
        {
            var error = e is OperationCanceledException ? $"No answer within {options.Value.Timeout.TotalSeconds:0.#} s." : Reason(e);
            return new DeliveryAttempt(now, null, Elapsed(watch), null, error);
        }
    }

    private async Task<string?> ReadExcerptAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[options.Value.MaxResponseBytes];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0) read += n;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length == 0 ? null : text.Length > ExcerptLength ? text[..ExcerptLength] : text;
    }

    private static string Reason(Exception e) =>
        e.InnerException is TargetRefusedException refused ? refused.Message : e.GetBaseException().Message;

    private static int Elapsed(Stopwatch watch) => (int)watch.ElapsedMilliseconds;
}
