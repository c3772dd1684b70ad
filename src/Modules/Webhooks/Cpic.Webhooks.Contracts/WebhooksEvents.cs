namespace Cpic.Webhooks.Contracts;

// Integration events of the Webhooks module: ids and counts only; never a URL or a secret.

/// <summary>
/// A webhook subscription was disabled after <c>FailedAttempts</c> delivery attempts in a row failed; its owner
/// re-enables it. <c>Centre</c> is null for a ministry (network-wide) subscription.
/// </summary>
public sealed record WebhookSubscriptionDisabled(Guid SubscriptionId, string? Centre, int FailedAttempts);
