using JasperFx;

namespace Cpic.Webhooks.Fanout;

/// <summary>
/// An integration event as subscribers see it: its catalogue code, the centre it happened in, the resource its
/// deliveries are ordered by (<c>client:{id}</c>) and the <c>data</c> of the payload (ids and codes only).
/// </summary>
internal sealed record WebhookEvent(string Type, string Centre, string ResourceKey, object Data);

/// <summary>The tenant a subscription and its deliveries are stored for: the centre, or the default tenant for the ministry.</summary>
internal static class Tenants
{
    public static string Of(string? centre) => centre ?? StorageConstants.DefaultTenantId;
}
