using System.Text.Json.Nodes;
using Cpic.Monitoring.Activities;
using Cpic.Monitoring.Contracts;
using Cpic.Monitoring.Facts;
using Cpic.Monitoring.Metrics;
using Cpic.Monitoring.Feed;
using Cpic.Monitoring.Network;
using Cpic.Monitoring.Domain;
using Cpic.Monitoring.Features.Periods;
using Cpic.Monitoring.Features.Localities;
using Cpic.Monitoring.Statistics;
using JasperFx.Resources;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Cpic.Monitoring;

public static class MonitoringModule
{
    /// <summary>
    /// The fact tables join Marten's schema objects, so they are created and migrated with everything else.
    /// </summary>
    public static IServiceCollection AddMonitoringModule(this IServiceCollection services)
    {
        services.ConfigureMarten(o =>
        {
            foreach (var table in FactTables.All().Concat(NetworkTables.All()).Concat(ActivityTables.All()))
            {
                o.Storage.ExtendedSchemaObjects.Add(table);
            }

            // Months and snapshots are read across centres by the ministry; access is checked by the endpoints.
            o.Schema.For<ReportingPeriod>().SingleTenanted().DatabaseSchemaName(FactTables.Schema).UseNumericRevisions(true);
            o.Schema.For<PeriodSnapshot>().SingleTenanted().DatabaseSchemaName(FactTables.Schema);
            // Localities stay tenanted by centre: staff write their own, ministry roles read with AnyTenant().
            o.Schema.For<Locality>().DatabaseSchemaName(FactTables.Schema).UseNumericRevisions(true);
        });
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section)
            .Validate(o => ClientKeys.IsKey(o.ClientKeySecret), "Set Monitoring:ClientKeySecret to base64 of 32 random bytes.")
            .ValidateOnStart();
        services.AddSingleton<ClientKeys>();
        services.AddScoped<IMonitoringMetrics, MonitoringMetrics>();
        services.AddSingleton<IMonitoringLocalities, MonitoringLocalities>();
        services.AddSingleton<PendingServiceChangesSignal>();
        services.AddHostedService<ApplyPendingAtStart>();
        services.AddHostedService<FactMemoryWarmUp>();
        services.ConfigureSwaggerGen(o =>
        {
            o.MapType<Cell>(() => new OpenApiSchema
            {
                Description = "A count; in public figures a count from 1 to 4 is the string \"<5\"; in a breakdown, cross-table line or course list, such a count and the counts hidden to protect it (secondary suppression) are the string \"x\".",
                OneOf = [new OpenApiSchema { Type = JsonSchemaType.Integer }, new OpenApiSchema
                {
                    Type = JsonSchemaType.String, Enum = [JsonValue.Create("<5"), JsonValue.Create("x")],
                }],
            });
            o.OperationFilter<MonitoringParameters>();
            o.DocumentFilter<FeedRowSchemas>();
        });
        return services;
    }
}
