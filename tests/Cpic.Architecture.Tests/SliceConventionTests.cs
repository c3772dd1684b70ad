using System.Reflection;
using System.Text.RegularExpressions;
using Carter;
using Cpic.Host;
using Cpic.Testing;

namespace Cpic.Architecture.Tests;

/// <summary>The shape of a slice (ADR 0011, docs/modules.md): names, queues, one route per file, writes in handlers.</summary>
public sealed partial class SliceConventionTests
{
    [Fact]
    public void Every_class_with_a_Handle_method_is_a_Handler_on_its_modules_queue()
    {
        var lost = ModuleBoundaries.Modules.SelectMany(module => module.GetTypes()
                .Where(t => !typeof(ICarterModule).IsAssignableFrom(t) && t.GetMethods(BindingFlags.Public | BindingFlags.Static
                    | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => m.Name is "Handle" or "HandleAsync" or "Consume" or "ConsumeAsync"))
                .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
                .Except(WolverineSetup.HandlersOf(module)))
            .Select(t => t.FullName);
        lost.Should().BeEmpty("Wolverine finds public static classes named ...Handler, and WolverineSetup puts only those on the module's queue");
    }

    [Fact]
    public void Carter_modules_are_named_Endpoint()
    {
        var misnamed = ModuleBoundaries.Modules.SelectMany(m => m.GetTypes())
            .Where(t => typeof(ICarterModule).IsAssignableFrom(t) && !t.Name.EndsWith("Endpoint", StringComparison.Ordinal))
            .Select(t => t.Name);
        misnamed.Should().BeEmpty();
    }

    [Fact]
    public void A_slice_file_maps_one_route()
    {
        var several = ModuleFiles().Where(f => Route().Matches(f.Text).Count > 1).Select(f => f.Name);
        several.Should().BeEmpty("one slice per file (docs/modules.md); split the file");
    }

    [Fact]
    public void Endpoints_leave_writes_to_handlers()
    {
        var writers = ModuleFiles()
            .Where(f => Route().IsMatch(f.Text) && f.Text.Contains("SaveChangesAsync(", StringComparison.Ordinal))
            .Select(f => f.Name);
        writers.Should().BeEmpty("an endpoint sends a command; its handler writes (docs/modules.md)");
    }

    [Fact]
    public void Time_comes_from_the_injected_clock()
    {
        var readers = ModuleFiles().Where(f => SystemClock().IsMatch(f.Text)).Select(f => f.Name);
        readers.Should().BeEmpty("take TimeProvider (registered once in the host, a fake in tests) instead of the system clock");
    }

    private static IEnumerable<(string Name, string Text)> ModuleFiles() =>
        Directory.EnumerateFiles(Repository.PathOf("src/Modules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Repository.PathOf("src/Modules"), f).Replace('\\', '/'), File.ReadAllText(f)));

    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Methods)\(")]
    private static partial Regex Route();

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b|TimeProvider\.System\b")]
    private static partial Regex SystemClock();
}
