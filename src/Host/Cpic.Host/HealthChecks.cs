using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cpic.Host;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: PostgreSQL answers and the schema is applied (else
/// 503); Degraded (200) while messages wait in the dead letters.
/// </summary>
internal static class HealthChecks
{
    public static IServiceCollection AddCpicHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReady>("postgresql", tags: ["ready"])
            .AddCheck<NoDeadLetters>("dead-letters", tags: ["ready"]);
        return services;
    }

    public static void MapCpicHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous().WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous().WithTags("Health");
    }
}

internal sealed class DatabaseReady(IDocumentStore store) : IHealthCheck
{
    // Once the schema matched, it stays applied for the life of the process; only reachability is re-checked.
    private volatile bool _schemaApplied;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var session = store.QuerySession();
            await session.QueryAsync<int>("select 1", ct);
            if (!_schemaApplied)
            {
                await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(ct);
                _schemaApplied = true;
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable or its schema is not applied (run build/migrate.sh).");
        }
    }
}
