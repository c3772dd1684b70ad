using System.Threading.RateLimiting;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.Publication;
using Cpic.Goals.Progress;
using Marten;
using Marten.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.Goals;

/// <summary>The Goals module: centres' yearly operational goals, their live progress, approval, reviews, in the <c>goals</c> schema.</summary>
public static class GoalsModule
{
    public const string Schema = "goals";

    /// <summary>Requests per minute and client address to the public (anonymous) endpoints; more are 429.</summary>
    public const int PublicRequestsPerMinute = 60;

    public static IServiceCollection AddGoalsModule(this IServiceCollection services)
    {
        services.AddScoped<ProgressReader>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublishedGoals.RateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = PublicRequestsPerMinute, Window = TimeSpan.FromMinutes(1),
                }));
        });
        services.ConfigureMarten(o =>
        {
            o.Schema.For<GoalSet>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(s => s.Year)
                .UniqueIndex(UniqueIndexType.Computed, OneSetPerYear.IndexName, s => s.Centre, s => s.Year);
            o.Schema.For<GoalSetVersion>().DatabaseSchemaName(Schema);
            o.Schema.For<CheckIn>().DatabaseSchemaName(Schema).Index(c => c.SetId);
            o.Schema.For<AchievedKeyResult>().DatabaseSchemaName(Schema);
        });
        return services;
    }
}
