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
}
