using System.Reflection;
using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring;
using FluentValidation;

namespace Cpic.Host;

/// <summary>The modules the host runs: their assemblies hold Carter endpoints, validators and Wolverine handlers.</summary>
internal static class Modules
{
    public static readonly IReadOnlyList<Assembly> Assemblies = [typeof(Centre).Assembly, typeof(MonitoringModule).Assembly];

    public static IServiceCollection AddCpicModules(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblies(Assemblies, includeInternalTypes: true);
        services.AddHostedService<DemoData>();
        services.AddMonitoringModule();
        return services;
    }
}
