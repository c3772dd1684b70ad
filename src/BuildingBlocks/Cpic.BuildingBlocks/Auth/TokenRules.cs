using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Cpic.BuildingBlocks.Auth;

/// <summary>
/// What a signed, current token must also satisfy, else it is refused (401): a subject (the access log and idempotency
/// keys name it), at most one centre, and either staff roles (with that centre) or ministry roles (without one), never
/// both; and no longer a lifetime than <see cref="AuthOptions.MaxTokenLifetime"/>.
/// </summary>
internal static class TokenRules
{
    public static string? Violation(ClaimsPrincipal user, SecurityToken token, AuthOptions options)
    {
        var roles = user.FindAll(CpicClaims.Role).Select(c => c.Value).ToList();
        var centres = user.FindAll(CpicClaims.Centre).Count();
        var issued = token.ValidFrom > DateTime.MinValue ? token.ValidFrom : (DateTime?)null;
        issued ??= user.FindFirst("iat") is { } iat && long.TryParse(iat.Value, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null;
        return string.IsNullOrWhiteSpace(user.FindFirst(CpicClaims.Subject)?.Value) ? "The token has no subject (sub)."
            : centres > 1 ? "The token names more than one centre."
            : roles.Any(Roles.CentreStaff.Contains) && roles.Any(Roles.Ministry.Contains) ? "The token has both a centre staff and a ministry role."
            : roles.Any(Roles.Ministry.Contains) && centres > 0 ? "A ministry token carries no centre."
            : token.ValidTo - (issued ?? DateTime.UtcNow) > options.MaxTokenLifetime ? "The token is valid for longer than the host allows."
            : null;
    }
}
