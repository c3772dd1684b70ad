namespace Cpic.Webhooks.Domain;

/// <summary>
/// The failed attempts in a row of a subscription (same id), kept apart from it so that deliveries never move the
/// subscription's version (its owner's ETag). Written only by the sequential send queue.
/// </summary>
internal sealed class SubscriptionHealth
{
    public Guid Id { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? FailingSince { get; set; }

    /// <summary>
    /// Counts a failed attempt; true when the subscription is to be disabled: <see cref="WebhookOptions.DisableAfterFailures"/>
    /// attempts in a row have failed, over at least <see cref="WebhookOptions.DisableAfterFailingFor"/>.
    /// </summary>
    public bool Failed(WebhookOptions options, DateTimeOffset now)
    {
        FailedAttempts++;
        FailingSince ??= now;
        return FailedAttempts >= options.DisableAfterFailures && now - FailingSince >= options.DisableAfterFailingFor;
    }

    /// <summary>An attempt succeeded (or the owner re-enabled the subscription): the count starts again.</summary>
    public void Reset() => (FailedAttempts, FailingSince) = (0, null);
}
