using System.Reflection;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients;
using Cpic.Counselling;
using Cpic.Goals;
using Cpic.LanguageCourses;
using Cpic.Monitoring;
using Cpic.Platforms;
using Cpic.Webhooks;
using FluentValidation;

namespace Cpic.Host;

/// <summary>The modules the host runs: their assemblies hold Carter endpoints, validators and Wolverine handlers.</summary>
internal static class Modules
{
    public static readonly IReadOnlyList<Assembly> Assemblies =
    [
        typeof(Centre).Assembly, typeof(ClientsModule).Assembly, typeof(CounsellingModule).Assembly,
        typeof(LanguageCoursesModule).Assembly, typeof(MonitoringModule).Assembly, typeof(PlatformsModule).Assembly,
        typeof(GoalsModule).Assembly, typeof(WebhooksModule).Assembly,
    ];

    public static IServiceCollection AddCpicModules(this IServiceCollection services)
    {
        // Singletons: a validator builds its rules (expression trees) once, not on every request.
        // The one clock (ADR 0011): modules take TimeProvider from DI, tests replace it with a FakeTimeProvider.
        services.AddSingleton(TimeProvider.System);
        services.AddValidatorsFromAssemblies(Assemblies, ServiceLifetime.Singleton, includeInternalTypes: true);
        Cpic.BuildingBlocks.Http.Validation.UseJsonNamesInMessages();
        services.AddClientsModule();
        services.AddCounsellingModule();
        services.AddLanguageCoursesModule();
        services.AddMonitoringModule();
        services.AddPlatformsModule();
        services.AddGoalsModule();
        services.AddWebhooksModule();
        services.AddHostedService<DemoData>();
        return services;
    }
}
