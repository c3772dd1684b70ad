using JasperFx;

namespace Cpic.Webhooks.Domain;

/// <summary>
/// One event for one subscription: the exact body sent on every attempt, under one <see cref="WebhookId"/> (the
/// receiver's de-duplication key), and every attempt made. <see cref="Sequence"/> orders the deliveries of one
/// subscription and <see cref="ResourceKey"/> (e.g. <c>client:{id}</c>): one goes out only after the earlier ones.
/// </summary>
internal sealed class WebhookDelivery : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid SubscriptionId { get; set; }
    public string WebhookId { get; set; } = "";
    public string EventType { get; set; } = "";
    public string ResourceKey { get; set; } = "";
    public long Sequence { get; set; }
    public string Payload { get; set; } = "";
    public string Status { get; set; } = DeliveryStatuses.Pending;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the current round of attempts started (creation, or the last replay): retries stop a while after it.</summary>
    public DateTimeOffset RoundStartedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }
    public List<DeliveryAttempt> Attempts { get; set; } = [];
}

/// <summary>One HTTP attempt: the answer's status (null when none came), how long it took and what came back.</summary>
internal sealed record DeliveryAttempt(DateTimeOffset At, int? StatusCode, int LatencyMs, string? ResponseExcerpt, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

internal static class DeliveryStatuses
{
    /// <summary>Waiting for its first attempt, a retry, or an earlier delivery of the same resource.</summary>
    public const string Pending = "pending";

    public const string Delivered = "delivered";

    /// <summary>Retries ran out, or the subscription was disabled or deleted; can be replayed.</summary>
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [Pending, Delivered, Failed];
}
