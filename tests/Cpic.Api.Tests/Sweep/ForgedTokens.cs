using System.Text;
using Cpic.BuildingBlocks.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cpic.Api.Tests.Sweep;

/// <summary>Tokens the host must refuse with 401: wrong key, issuer, audience or lifetime, unsigned, or claims that contradict each other.</summary>
internal static class ForgedTokens
{
    public static IReadOnlyDictionary<string, string> All(AuthOptions options)
    {
        var head = Claims("mallory", [Roles.CentreHead], ["LBC"]);
        return new Dictionary<string, string>
        {
            ["another signing key"] = Sign(With(options, o => o.SigningKey = new string('x', 64)), head),
            ["another issuer"] = Sign(With(options, o => o.Issuer = "someone-else"), head),
            ["another audience"] = Sign(With(options, o => o.Audience = "another-api"), head),
            ["expired ten minutes ago"] = Sign(options, head, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-10)),
            ["valid for a week"] = Sign(options, head, expires: DateTime.UtcNow.AddDays(7)),
            ["unsigned (alg none)"] = new JsonWebTokenHandler().CreateToken(Descriptor(options, head, null, DateTime.UtcNow.AddHours(1))),
            ["no subject"] = Sign(options, Claims(null, [Roles.CentreHead], ["LBC"])),
            ["two centres"] = Sign(options, Claims("mallory", [Roles.CentreHead], ["LBC", "PHA"])),
            ["staff and ministry roles"] = Sign(options, Claims("mallory", [Roles.Counsellor, Roles.MinistryAnalyst], ["LBC"])),
            ["ministry role with a centre"] = Sign(options, Claims("mallory", [Roles.MinistryCoordinator], ["LBC"])),
        };
    }

    private static AuthOptions With(AuthOptions options, Action<AuthOptions> change)
    {
        var copy = new AuthOptions { Issuer = options.Issuer, Audience = options.Audience, SigningKey = options.SigningKey };
        change(copy);
        return copy;
    }

    private static Dictionary<string, object> Claims(string? subject, string[] roles, string[] centres)
    {
        var claims = new Dictionary<string, object> { [CpicClaims.Role] = roles, [CpicClaims.Centre] = centres.Length == 1 ? centres[0] : centres };
        if (subject is not null) claims[CpicClaims.Subject] = subject;
        return claims;
    }

    private static string Sign(AuthOptions options, Dictionary<string, object> claims, DateTime? notBefore = null, DateTime? expires = null)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey!));
        var descriptor = Descriptor(options, claims, new SigningCredentials(key, SecurityAlgorithms.HmacSha256), expires ?? DateTime.UtcNow.AddHours(1));
        descriptor.NotBefore = notBefore;
        descriptor.IssuedAt = notBefore;
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static SecurityTokenDescriptor Descriptor(AuthOptions options, Dictionary<string, object> claims,
        SigningCredentials? credentials, DateTime expires) => new()
    {
        Issuer = options.Issuer, Audience = options.Audience, Claims = claims, Expires = expires,
        SigningCredentials = credentials,
    };
}
