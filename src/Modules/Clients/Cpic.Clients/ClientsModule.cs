using Cpic.Clients.Domain;
using Cpic.Clients.Features.Residence;
using Cpic.Clients.Features.Retention;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Clients;

public static class ClientsModule
{
    public const string Schema = "clients";

    /// <summary>
    /// The client register: documents in the <c>clients</c> schema, the client stream projected inline, masking
    /// rules that erase personal data from stored events (ADR 0110), the trigram index behind potential matches.
    /// </summary>
    public static IServiceCollection AddClientsModule(this IServiceCollection services)
    {
        services.AddOptions<ClientsOptions>().BindConfiguration(ClientsOptions.Section);
        services.AddSingleton<DocumentNumbers>();
        services.AddHostedService<RetentionScheduler>();
        services.ConfigureMarten((provider, o) =>
        {
            o.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
            o.Schema.For<Client>().DatabaseSchemaName(Schema)
                .Index(c => c.SearchName, i =>
                {
                    i.Method = IndexMethod.gin;
                    i.Mask = "? gin_trgm_ops";
                    i.Name = "mt_doc_client_search_name_trgm";
                })
                .Index(c => c.Code);
            o.Storage.ExtendedSchemaObjects.Add(ClientCodes.CounterTable());
            o.Storage.ExtendedSchemaObjects.Add(LastServiceDatesHandler.Table());
            // Runs of the retention policy span centres: the daily run is one record for all of them.
            o.Schema.For<ResidenceExpiringSent>().DatabaseSchemaName(Schema);
            o.Schema.For<RetentionRun>().SingleTenanted().DatabaseSchemaName(Schema);
            o.Projections.Add(new ClientProjection(provider.GetRequiredService<TimeProvider>()), ProjectionLifecycle.Inline);
            MapEvents(o);
        });
        return services;
    }

    private static void MapEvents(StoreOptions o)
    {
        // Explicit names keep the stored history readable and free of clashes with other modules' events.
        o.Events.MapEventType<ClientRecordOpened>("clients.record_opened");
        o.Events.MapEventType<ClientDetailsChanged>("clients.details_changed");
        o.Events.MapEventType<AnonymousClientIdentified>("clients.identified");
        o.Events.MapEventType<ResidenceStatusRecorded>("clients.residence_status_recorded");
        o.Events.MapEventType<ConsentGiven>("clients.consent_given");
        o.Events.MapEventType<ConsentWithdrawn>("clients.consent_withdrawn");
        o.Events.MapEventType<ClientAbsorbed>("clients.absorbed");
        o.Events.MapEventType<ClientMergedInto>("clients.merged_into");
        o.Events.MapEventType<ClientRecordAnonymised>("clients.anonymised");

        // GDPR erasure (ADR 0110): what ApplyEventDataMasking leaves of each event that holds personal data.
        o.Events.AddMaskingRuleForProtectedInformation<ClientRecordOpened>(e => e with { Details = e.Details.Erased() });
        o.Events.AddMaskingRuleForProtectedInformation<ClientDetailsChanged>(e => e with { Details = e.Details.Erased() });
        o.Events.AddMaskingRuleForProtectedInformation<AnonymousClientIdentified>(e => e with { Details = e.Details.Erased() });
        o.Events.AddMaskingRuleForProtectedInformation<ResidenceStatusRecorded>(e => e with { Status = e.Status.Erased() });
        o.Events.AddMaskingRuleForProtectedInformation<ClientAbsorbed>(e => e with
        {
            Residence = [.. e.Residence.Select(s => s.Erased())],
        });
    }
}
