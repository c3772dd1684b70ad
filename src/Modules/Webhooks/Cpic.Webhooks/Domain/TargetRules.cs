using System.Net;
using System.Net.Sockets;

namespace Cpic.Webhooks.Domain;

/// <summary>
/// Where deliveries may go (docs/webhooks.md, "Targets"). Checked when a subscription is saved (the URL: scheme,
/// credentials, a literal address or <c>localhost</c>) and again on every connection (the addresses the name resolves
/// to at that moment, so a name that later points inside the network is refused too).
/// </summary>
internal static class TargetRules
{
    /// <summary>What is wrong with <paramref name="url"/> as a target, or null when it may be used.</summary>
    public static string? Problem(string url, bool allowPrivate, bool requireHttps)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "url must be an absolute http or https URL.";
        }

        if (requireHttps && uri.Scheme != "https") return "url must use https.";
        if (uri.UserInfo.Length > 0) return "url must not carry credentials.";
        if (uri.Fragment.Length > 0) return "url must not have a fragment.";
        if (allowPrivate) return null;
        var host = uri.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "url must not point to this host (localhost).";
        }

        return IPAddress.TryParse(host, out var address) && !IsPublic(address)
            ? $"url must not point to a loopback, private, link-local or reserved address ({address})."
            : null;
    }

    /// <summary>Whether <paramref name="address"/> is a public unicast address (not loopback, private, link-local, metadata, CGNAT, multicast...).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)      // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                     // link-local, cloud metadata 169.254.169.254
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)     // IETF, TEST-NET-1
                || (b[0] == 198 && b[1] is 18 or 19)                // benchmarking
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        var first = address.GetAddressBytes()[0];
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC); // unique local fc00::/7
    }
}
