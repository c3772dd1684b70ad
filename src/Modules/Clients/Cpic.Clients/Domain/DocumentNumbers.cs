using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cpic.Clients.Domain;

/// <summary>
/// Residence document numbers are stored encrypted (AES-256-GCM, key <c>Clients:DocumentNumberKey</c>), in the
/// events and in the client document, so that a database dump or a log of stored data does not reveal them. The
/// API shows them masked; only the subject access export shows them in full. Anonymisation erases them.
/// </summary>
public sealed class DocumentNumbers(IOptions<ClientsOptions> options)
{
    private const string Prefix = "enc:v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private byte[] Key => Convert.FromBase64String(options.Value.DocumentNumberKey
        ?? throw new InvalidOperationException("Set Clients:DocumentNumberKey (base64 of 32 bytes) to store document numbers."));

    public string? Protect(string? number)
    {
        if (number is null) return null;
        var plain = Encoding.UTF8.GetBytes(number);
        var sealedBox = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBox.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key, TagSize);
        aes.Encrypt(nonce, plain, sealedBox.AsSpan(NonceSize + TagSize), sealedBox.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(sealedBox);
    }

    /// <summary>The status as stored: its document number trimmed and protected (none when blank).</summary>
    public ResidenceStatus Protect(ResidenceStatus status) =>
        status with { DocumentNumber = Protect(string.IsNullOrWhiteSpace(status.DocumentNumber) ? null : status.DocumentNumber.Trim()) };

    public string? Reveal(string? stored)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal)) return stored;
        var sealedBox = Convert.FromBase64String(stored[Prefix.Length..]);
        var plain = new byte[sealedBox.Length - NonceSize - TagSize];
        using var aes = new AesGcm(Key, TagSize);
        aes.Decrypt(sealedBox.AsSpan(0, NonceSize), sealedBox.AsSpan(NonceSize + TagSize), sealedBox.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
