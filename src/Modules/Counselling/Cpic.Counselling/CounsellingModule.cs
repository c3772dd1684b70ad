using Cpic.Clients.Contracts;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.DataProtection;
using Cpic.Counselling.Features.Timeline;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.Counselling;

/// <summary>The Counselling module: services delivered to clients, cases, field visits, referrals, interpreters, in the <c>counselling</c> schema.</summary>
public static class CounsellingModule
{
    public static IServiceCollection AddCounsellingModule(this IServiceCollection services)
    {
        services.AddScoped<IClientDataExporter, CounsellingClientExporter>();
        services.ConfigureMarten(o =>
        {
            o.Schema.For<ServiceRecord>().DatabaseSchemaName("counselling").UseNumericRevisions(true)
                .Index(s => s.SortKey);
            o.Schema.For<FieldVisit>().DatabaseSchemaName("counselling").Index(v => v.SortKey);
            o.Schema.For<Referral>().DatabaseSchemaName("counselling").UseNumericRevisions(true).Index(r => r.SortKey);
            o.Schema.For<InterpreterProfile>().DatabaseSchemaName("counselling");
            o.Schema.For<InterpreterDay>().DatabaseSchemaName("counselling").UseOptimisticConcurrency(true);
            o.Schema.For<CounsellingCase>().DatabaseSchemaName("counselling").UseNumericRevisions(true).Index(c => c.SortKey);
            o.Schema.For<KnownClient>().DatabaseSchemaName("counselling");
            o.Schema.For<ClientTimelineEntry>().DatabaseSchemaName("counselling")
                .Index(e => e.ClientId).Index(e => e.ServiceId);
        });
        return services;
    }
}
