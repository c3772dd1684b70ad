using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.Publication;
using Cpic.Goals.Progress;
using Marten;
using Marten.Schema;
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
        services.AddPerAddressRateLimit(PublishedGoals.RateLimit, PublicRequestsPerMinute);
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
