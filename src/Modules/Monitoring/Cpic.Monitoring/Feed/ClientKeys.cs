using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Cpic.Monitoring.Feed;

/// <summary>Configuration section <c>Monitoring</c>.</summary>
internal sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>
    /// Base64 of 32 random bytes: the key of the facts feed's client keys. Keep it in a secret store and never change
    /// it (the keys of earlier pulls would stop matching); the development key is for development only.
    /// </summary>
    public string? ClientKeySecret { get; set; }
}

/// <summary>
/// The feed's <c>clientKey</c>: a keyed hash (HMAC-SHA-256) of the client's record id, in UUID form. It is stable, so
/// the ministry can count distinct clients across pulls, but it is not the id the centres' records and the API use,
/// and without the key nobody can compute it from an id: the feed cannot be joined back to a person's record.
/// </summary>
internal sealed class ClientKeys(IOptions<MonitoringOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.ClientKeySecret!);

    /// <summary>Whether <paramref name="secret"/> is base64 of 32 bytes (the host does not start otherwise).</summary>
    public static bool IsKey(string? secret)
    {
        Span<byte> key = stackalloc byte[33];
        return secret is not null && Convert.TryFromBase64String(secret, key, out var length) && length == 32;
    }

    public string Of(Guid clientId) => Hash(clientId.ToByteArray());

    /// <summary>
    /// A feed row's identity: a keyed hash of the service and of the client record the service named. A merge
    /// re-points the row's client key, never this, so a row pulled before a merge is replaced, not doubled.
    /// </summary>
    public string RowOf(Guid serviceId, Guid clientId) => Hash([.. serviceId.ToByteArray(), .. clientId.ToByteArray()]);

    /// <summary>An activity row's identity (schema 3): a keyed hash of its kind and id.</summary>
    public string RowOf(string kind, Guid id) => Hash([.. id.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes(kind)]);

    private string Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, data, hash);
        return new Guid(hash[..16]).ToString();
    }
}
