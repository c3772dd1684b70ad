using System.Reflection;

namespace Cpic.Architecture.Tests;

/// <summary>
/// The rules of the house for references between our assemblies: a module references only BuildingBlocks and
/// other modules' Contracts; Contracts reference nothing of ours.
/// </summary>
internal static class ModuleBoundaries
{
    /// <summary>Our assemblies as the host loads them (it references every module).</summary>
    public static IReadOnlyList<Assembly> Ours { get; } = LoadOurs();

    public static IEnumerable<Assembly> Modules => Ours.Where(a => IsModule(a.GetName().Name!));

    public static IEnumerable<Assembly> Contracts => Ours.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal));

    /// <summary>The references of <paramref name="assembly"/> to our assemblies that the rules forbid.</summary>
    public static IEnumerable<string> Violations(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var ours = assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("Cpic.", StringComparison.Ordinal));
        return name.EndsWith(".Contracts", StringComparison.Ordinal)
            ? ours.Select(n => $"{name} -> {n} (contracts reference nothing of ours)")
            : ours.Where(n => n != "Cpic.BuildingBlocks" && !n.EndsWith(".Contracts", StringComparison.Ordinal))
                .Select(n => $"{name} -> {n} (a module references only BuildingBlocks and Contracts)");
    }

    private static bool IsModule(string name) =>
        name.StartsWith("Cpic.", StringComparison.Ordinal) && !name.EndsWith(".Contracts", StringComparison.Ordinal)
        && name is not ("Cpic.Host" or "Cpic.BuildingBlocks");

    private static List<Assembly> LoadOurs()
    {
        var host = typeof(Program).Assembly;
        return [host, .. host.GetReferencedAssemblies().Concat(AllReferencedByOurs(host))
            .Where(r => r.Name!.StartsWith("Cpic.", StringComparison.Ordinal))
            .Select(r => r.Name!).Distinct().Select(n => Assembly.Load(n))];
    }

    private static IEnumerable<AssemblyName> AllReferencedByOurs(Assembly host) =>
        host.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Cpic.", StringComparison.Ordinal))
            .SelectMany(r => Assembly.Load(r).GetReferencedAssemblies());
}
