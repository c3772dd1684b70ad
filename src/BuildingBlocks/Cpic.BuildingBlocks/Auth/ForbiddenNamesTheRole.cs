using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.BuildingBlocks.Auth;

/// <summary>A 403 says what the operation needs (the roles, a centre), so that a caller knows which token to ask for.</summary>
internal sealed class ForbiddenNamesTheRole : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!result.Forbidden)
        {
            return _default.HandleAsync(next, context, policy, result);
        }

        var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToList();
        var needsCentre = policy.Requirements.OfType<ClaimsAuthorizationRequirement>().Any(c => c.ClaimType == CpicClaims.Centre);
        var detail = $"This operation needs the role {string.Join(" or ", roles)}" +
                     (needsCentre ? " and a centre claim." : ".");
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = new ProblemDetails { Type = ProblemTypes.Forbidden.Uri, Status = StatusCodes.Status403Forbidden, Detail = detail };
        problem.Extensions["requiredRoles"] = roles;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
