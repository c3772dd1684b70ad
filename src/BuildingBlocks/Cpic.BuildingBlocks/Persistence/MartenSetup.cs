using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Core;
using Wolverine.Marten;

namespace Cpic.BuildingBlocks.Persistence;

public static class MartenSetup
{
    /// <summary>
    /// One Marten store for all modules. Each module puts its documents in its own schema through
    /// <c>services.ConfigureMarten</c>. Documents and events are conjoined-tenanted by centre.
    /// </summary>
    public static IServiceCollection AddCpicMarten(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new();
        var connectionString = options.ConnectionString ?? Environment.GetEnvironmentVariable("CPIC_POSTGRES")
            ?? throw new InvalidOperationException("Set CPIC_POSTGRES or Persistence:ConnectionString.");
        connectionString = WithAutoPrepare(connectionString);

        services.AddHttpContextAccessor();
        var marten = services.AddMarten(store =>
            {
                store.Connection(connectionString);
                store.DatabaseSchemaName = "cpic";
                store.Events.DatabaseSchemaName = "events";
                store.Events.TenancyStyle = TenancyStyle.Conjoined;
                store.Events.StreamIdentity = StreamIdentity.AsGuid;
                store.Events.AppendMode = EventAppendMode.Quick;
                store.Policies.AllDocumentsAreMultiTenanted();
                store.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                store.AutoCreateSchemaObjects = options.ApplySchemaOnStart ? AutoCreate.CreateOrUpdate : AutoCreate.None;
                store.Schema.For<IdempotencyRecord>().SingleTenanted();
                store.Schema.For<Centre>().SingleTenanted().DatabaseSchemaName("reference").UseNumericRevisions(true);
            })
            .UseLightweightSessions()
            .BuildSessionsWith<CentreSessionFactory>()
            .IntegrateWithWolverine(w =>
            {
                w.MessageStorageSchemaName = "wolverine";
                w.UseWolverineManagedEventSubscriptionDistribution = options.Projections != "Solo";
            });

        if (options.Projections == "Solo")
        {
            marten.AddAsyncDaemon(DaemonMode.Solo);
        }

        if (options.ApplySchemaOnStart)
        {
            marten.ApplyAllDatabaseChangesOnStartup();
        }

        return services;
    }

    /// <summary>
    /// Prepares statements that repeat (unless the connection string sets <c>Max Auto Prepare</c>): the Monitoring fact handlers
    /// run the same large aggregation twice per message, and planning it costs more than running it.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
