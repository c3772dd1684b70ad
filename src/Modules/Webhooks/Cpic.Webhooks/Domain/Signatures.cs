using System.Security.Cryptography;
using System.Text;

namespace Cpic.Webhooks.Domain;

/// <summary>
/// The Standard Webhooks signing scheme: a secret is <c>whsec_</c> and the base64 of random bytes; a signature is
/// <c>v1,</c> and the base64 HMAC-SHA256, under the decoded secret, of <c>{webhook-id}.{webhook-timestamp}.{body}</c>;
/// several signatures (during a secret rotation) are separated by spaces.
/// </summary>
internal static class Signatures
{
    public const string SecretPrefix = "whsec_";

    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(IEnumerable<string> secrets, string webhookId, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => "v1," + Convert.ToBase64String(HMACSHA256.HashData(
            Convert.FromBase64String(secret[SecretPrefix.Length..]), Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}")))));
}
