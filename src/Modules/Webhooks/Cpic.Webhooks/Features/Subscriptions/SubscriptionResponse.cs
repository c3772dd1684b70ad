using System.Text.Json.Serialization;
using Cpic.Webhooks.Domain;

namespace Cpic.Webhooks.Features.Subscriptions;

/// <summary>A webhook subscription. <c>secret</c> is given only by create and rotate-secret: store it then.</summary>
/// <param name="Id">The subscription.</param>
/// <param name="Version">Its version, also the ETag.</param>
/// <param name="Centre" example="LBC">The centre whose events it receives; null for a ministry (network-wide) subscription.</param>
/// <param name="Url">The receiver.</param>
/// <param name="EventTypes">The event types delivered.</param>
/// <param name="Description">The owner's note.</param>
/// <param name="Enabled">false when paused by its owner or disabled after repeated failures (<c>disabledAt</c>).</param>
/// <param name="DisabledAt">When repeated failures disabled it; null otherwise.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Secret" example="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw">The signing secret (Standard Webhooks), only in the answer of create and rotate-secret.</param>
public sealed record SubscriptionResponse(Guid Id, int Version, string? Centre, string Url, IReadOnlyList<string> EventTypes,
    string? Description, bool Enabled, DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Secret = null)
{
    internal static SubscriptionResponse From(Subscription s, int? version = null) =>
        new(s.Id, version ?? s.Version, s.Centre, s.Url, s.EventTypes, s.Description, s.Enabled, s.DisabledAt, s.CreatedAt);

    internal static SubscriptionResponse WithSecret(Subscription s, int version) => From(s, version) with { Secret = s.Secret };
}
