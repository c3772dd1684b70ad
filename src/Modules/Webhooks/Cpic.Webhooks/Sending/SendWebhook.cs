namespace Cpic.Webhooks.Sending;

/// <summary>
/// Make the next attempt of a delivery (ids only). <c>Attempts</c> is how many attempts the delivery had when this was
/// queued: a message overtaken by another (a replay while a retry waits) finds more and does nothing.
/// </summary>
public sealed record SendWebhook(Guid DeliveryId, int Attempts);
