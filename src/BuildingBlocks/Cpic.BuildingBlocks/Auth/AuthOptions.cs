namespace Cpic.BuildingBlocks.Auth;

/// <summary>
/// Configuration section <c>Auth</c>. Production sets <see cref="Authority"/> (an OIDC issuer);
/// development signs and validates tokens with <see cref="SigningKey"/> (HS256).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }
    public string Audience { get; set; } = "cpic-api";
    public string Issuer { get; set; } = "cpic-dev";
    public string? SigningKey { get; set; }

    /// <summary>How far the issuer's clock may be off: a token is accepted this long before nbf and after exp.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a token may be valid (exp minus iat or nbf); a longer-lived token is refused.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
