using Cpic.BuildingBlocks.Audit;
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
        connectionString = Tuned(connectionString);

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
                store.Listeners.Add(new IdempotencyClaimListener());
                AccessLog.Configure(store);
                Imports.ImportReports.Configure(store);
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
    /// Defaults for what the connection string does not set itself (ADR 0008): repeated statements are prepared
    /// (<c>Max Auto Prepare</c>; Monitoring runs the same large aggregation for every batch, and planning it costs more
    /// than running it), and a pooled connection is not reset when it is returned (<c>No Reset On Close</c>): nothing
    /// here leaves session state behind, and the seven reset statements cost more database time than recording a service.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        // Npgsql's builder claims every keyword it knows; the plain builder tells whether the string sets it.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
