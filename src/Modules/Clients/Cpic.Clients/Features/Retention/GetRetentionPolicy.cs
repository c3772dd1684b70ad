using Carter;
using Cpic.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Cpic.Clients.Features.Retention;

/// <summary>The retention policy and its schedule.</summary>
/// <param name="RetentionYears" example="10">Years of inactivity after which a record is anonymised (Clients:RetentionYears).</param>
/// <param name="RunsDailyAt" example="02:30">Time of day (Prague) of the daily run (Clients:RetentionRunsAt).</param>
/// <param name="NextRunAt" example="2026-12-05T01:30:00Z">The next daily run; null when the schedule is off (Clients:RetentionScheduled).</param>
internal sealed record RetentionPolicy(int RetentionYears, string RunsDailyAt, DateTimeOffset? NextRunAt);

public sealed class GetRetentionPolicyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/clients/retention", (IOptions<ClientsOptions> options, TimeProvider clock) =>
                Results.Ok(new RetentionPolicy(options.Value.RetentionYears, options.Value.RetentionRunsAt.ToString("HH:mm"),
                    options.Value.NextRun(clock.GetUtcNow()))))
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("retention-policy").WithSummary("The retention policy and its schedule (centre head)")
            .WithDescription("How long records are kept after the client's last activity and when the policy runs next.")
            .Produces<RetentionPolicy>();
    }
}
