namespace Cpic.Webhooks.Domain;

/// <summary>
/// When a failed delivery is tried again: after <see cref="WebhookOptions.FirstRetryDelay"/>, four times longer each
/// time up to <see cref="WebhookOptions.MaxRetryDelay"/>, for as long as the round of attempts is younger than
/// <see cref="WebhookOptions.RetryFor"/> (defaults 5 s, 20 s, 80 s, 5 min, 21 min, 85 min, then every 5 h, for 26 h).
/// </summary>
internal static class RetrySchedule
{
    /// <summary>The delay before the next attempt after <paramref name="failedAttempts"/> failures in this round, or null when it gives up.</summary>
    public static TimeSpan? Next(WebhookOptions options, int failedAttempts, DateTimeOffset roundStartedAt, DateTimeOffset now)
    {
        var factor = Math.Pow(4, Math.Min(failedAttempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.FirstRetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
        return now - roundStartedAt < options.RetryFor ? delay : null;
    }
}
