using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Cpic.Platforms.Features.Evaluations;
using Cpic.Platforms.Features.Outreach;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.Platforms;

/// <summary>
/// The Platforms module: the centre's network of actors and their people, platforms and working groups, meetings and
/// their follow-up, in the <c>platforms</c> schema, every document tenanted by centre.
/// </summary>
public static class PlatformsModule
{
    public const string Schema = "platforms";

    /// <summary>Requests per minute and client address to the anonymous evaluation links; more are 429.</summary>
    public const int PublicRequestsPerMinute = 60;

    public static IServiceCollection AddPlatformsModule(this IServiceCollection services)
    {
        services.AddPerAddressRateLimit(EvaluationForm.RateLimit, PublicRequestsPerMinute);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section);
        services.ConfigureMarten(o =>
        {
            o.Schema.For<Actor>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(a => a.Ico);
            o.Schema.For<ContactPerson>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(p => p.ActorId);
            o.Schema.For<Body>().DatabaseSchemaName(Schema).UseNumericRevisions(true);
            o.Schema.For<Meeting>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(m => m.SortKey).Index(m => m.BodyId);
            o.Schema.For<Proposal>().DatabaseSchemaName(Schema).UseNumericRevisions(true);
            o.Schema.For<ActionItem>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(i => i.BodyId);
            o.Schema.For<DistributionList>().DatabaseSchemaName(Schema).UseNumericRevisions(true);
            o.Schema.For<Sending>().DatabaseSchemaName(Schema).Index(s => s.ListId);
            o.Schema.For<EvaluationRound>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(r => r.BodyId);
            o.Schema.For<EvaluationToken>().DatabaseSchemaName(Schema).SingleTenanted();
            o.Schema.For<EvaluationAnswer>().DatabaseSchemaName(Schema).Index(a => a.RoundId);
            o.Schema.For<Delivery>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(d => d.SendingId).Index(d => d.PersonId);
        });
        return services;
    }
}
