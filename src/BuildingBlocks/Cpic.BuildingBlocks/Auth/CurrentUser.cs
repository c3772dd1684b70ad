using System.Security.Claims;

namespace Cpic.BuildingBlocks.Auth;

/// <summary>Claim names of Cpic tokens and helpers to read them.</summary>
public static class CpicClaims
{
    public const string Role = "role";
    public const string Centre = "centre";
    public const string Name = "name";
    public const string Subject = "sub";

    /// <summary>The centre the user works for, or null for ministry users.</summary>
    public static string? CentreCode(this ClaimsPrincipal user) => user.FindFirst(Centre)?.Value;

    public static string UserId(this ClaimsPrincipal user) => user.FindFirst(Subject)?.Value ?? "anonymous";

    /// <summary>A ministry role: reads across centres, never a centre's personal data.</summary>
    public static bool IsMinistry(this ClaimsPrincipal user) => Roles.Ministry.Any(user.IsInRole);
}
