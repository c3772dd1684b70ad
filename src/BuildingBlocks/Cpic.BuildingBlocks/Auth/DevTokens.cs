using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cpic.BuildingBlocks.Auth;

/// <summary>Issues HS256 tokens signed with the development key (tests, <c>build/token.sh</c>).</summary>
public static class DevTokens
{
    public static string Issue(AuthOptions options, string subject, IEnumerable<string> roles, string? centre,
        TimeSpan? lifetime = null, DateTime? issuedAt = null)
    {
        var claims = new List<Claim> { new(CpicClaims.Subject, subject), new(CpicClaims.Name, subject) };
        claims.AddRange(roles.Select(r => new Claim(CpicClaims.Role, r)));
        if (centre is not null)
        {
            claims.Add(new Claim(CpicClaims.Centre, centre));
        }

        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey!));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt ?? DateTime.UtcNow,
            NotBefore = issuedAt ?? DateTime.UtcNow,
            Expires = (issuedAt ?? DateTime.UtcNow).Add(lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
