using Cpic.Platforms.Domain;
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

    public static IServiceCollection AddPlatformsModule(this IServiceCollection services)
    {
        services.ConfigureMarten(o =>
        {
            o.Schema.For<Actor>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(a => a.Ico);
            o.Schema.For<ContactPerson>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(p => p.ActorId);
            o.Schema.For<Body>().DatabaseSchemaName(Schema).UseNumericRevisions(true);
            o.Schema.For<Meeting>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(m => m.SortKey).Index(m => m.BodyId);
            o.Schema.For<Proposal>().DatabaseSchemaName(Schema).UseNumericRevisions(true);
            o.Schema.For<ActionItem>().DatabaseSchemaName(Schema).UseNumericRevisions(true).Index(i => i.BodyId);
        });
        return services;
    }
}
