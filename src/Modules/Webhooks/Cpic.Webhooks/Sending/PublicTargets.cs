using System.Net;
using System.Net.Sockets;
using Cpic.Webhooks.Domain;

namespace Cpic.Webhooks.Sending;

/// <summary>
/// The connection step of the webhook HTTP client when private targets are not allowed: the host name is resolved now
/// and only its public addresses are dialled, so a name that resolves (or later rebinds) to a loopback, private or
/// metadata address is refused at send time, whatever it was when the subscription was saved.
/// </summary>
internal static class PublicTargets
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(TargetRules.IsPublic).ToArray();
        if (allowed.Length == 0 || allowed.Length < addresses.Length)
        {
            throw new TargetRefusedException($"{host} resolves to a loopback, private, link-local or reserved address: refused.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The target resolved to an address deliveries may not go to.</summary>
internal sealed class TargetRefusedException(string message) : Exception(message);
