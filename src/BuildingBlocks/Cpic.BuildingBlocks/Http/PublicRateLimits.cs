using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.BuildingBlocks.Http;

/// <summary>The rate limit of a module's anonymous endpoints (the host runs <c>UseRateLimiter</c>).</summary>
public static class PublicRateLimits
{
    /// <summary>A policy allowing <paramref name="perMinute"/> requests a minute per client address; more are 429.</summary>
    public static IServiceCollection AddPerAddressRateLimit(this IServiceCollection services, string policy, int perMinute) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1),
                }));
        });
}
