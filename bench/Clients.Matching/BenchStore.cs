using Cpic.BuildingBlocks.Audit;
using Cpic.Clients;
using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Storage;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Core;

/// <summary>The Clients module over a Marten store with the settings of BuildingBlocks' MartenSetup that shape its
/// tables (tenancy, schema, JSON), its schema applied. Dispose the provider when done.</summary>
internal static class BenchStore
{
    public static async Task<ServiceProvider> ClientsAsync(string connection)
    {
        var services = new ServiceCollection();
        services.AddMarten(o =>
        {
            o.Connection(connection);
            o.DatabaseSchemaName = "cpic";
            o.Events.DatabaseSchemaName = "events";
            o.Events.TenancyStyle = TenancyStyle.Conjoined;
            o.Events.StreamIdentity = StreamIdentity.AsGuid;
            o.Policies.AllDocumentsAreMultiTenanted();
            o.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            o.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            AccessLog.Configure(o);
        });
        services.AddClientsModule();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return provider;
    }
}
