namespace Cpic.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>: where deliveries may go, how long they wait and how often they are retried.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Loopback, private, link-local (cloud metadata) and other non-public addresses are refused as targets unless this
    /// is true. Unset: true in Development only.
    /// </summary>
    public bool? AllowPrivateTargets { get; set; }

    /// <summary>Targets must be https. Unset: true outside Development.</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>How long one attempt may take, connection and answer included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bytes of the receiver's answer read at most (the rest is dropped); the attempt log keeps the first 1,000 characters.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(5);

    /// <summary>A delivery is retried while its round of attempts is younger than this; then it fails (and may be replayed).</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(26);

    /// <summary>Failed attempts in a row (any deliveries) that disable a subscription, when they span <see cref="DisableAfterFailingFor"/>.</summary>
    public int DisableAfterFailures { get; set; } = 20;

    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a delivered or failed delivery and its attempts are kept after its last round of attempts started; a
    /// daily job deletes older ones.
    /// </summary>
    public TimeSpan KeepDeliveriesFor { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long the previous secret still signs after a rotation, so receivers can switch without losing a delivery.</summary>
    public TimeSpan PreviousSecretFor { get; set; } = TimeSpan.FromHours(24);
}
