using System.Text.Json;
using Cpic.Webhooks.Domain;

namespace Cpic.Webhooks.Features.Deliveries;

/// <summary>One event delivered (or being delivered) to a subscription, with every attempt.</summary>
/// <param name="Id">The delivery (path of replay-webhook-delivery).</param>
/// <param name="WebhookId" example="msg_0193a7b25c1e7d3a9f001b2c3d4e5f60">The <c>webhook-id</c> header: the same on every attempt and replay.</param>
/// <param name="EventType" example="service.recorded">The event type.</param>
/// <param name="Status" example="delivered">pending, delivered or failed.</param>
/// <param name="CreatedAt">When the event was fanned out to the subscription.</param>
/// <param name="NextAttemptAt">When the next retry is due; null unless a retry waits.</param>
/// <param name="Payload">The body sent: <c>{type, timestamp, data}</c>.</param>
/// <param name="Attempts">Every attempt, oldest first.</param>
public sealed record DeliveryResponse(Guid Id, string WebhookId, string EventType, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, JsonElement Payload, IReadOnlyList<AttemptResponse> Attempts)
{
    internal static DeliveryResponse From(WebhookDelivery d) =>
        new(d.Id, d.WebhookId, d.EventType, d.Status, d.CreatedAt, d.NextAttemptAt, JsonDocument.Parse(d.Payload).RootElement,
            [.. d.Attempts.Select(a => new AttemptResponse(a.At, a.StatusCode, a.LatencyMs, a.ResponseExcerpt, a.Error))]);
}

/// <summary>One HTTP attempt of a delivery.</summary>
/// <param name="At">When it started.</param>
/// <param name="StatusCode" example="200">The receiver's HTTP status; null when no answer came (timeout, refused target, connection error).</param>
/// <param name="LatencyMs" example="42">Milliseconds until the answer (or the failure).</param>
/// <param name="ResponseExcerpt">The first 1,000 characters of the answer's body.</param>
/// <param name="Error">Why no answer came.</param>
public sealed record AttemptResponse(DateTimeOffset At, int? StatusCode, int LatencyMs, string? ResponseExcerpt, string? Error);
