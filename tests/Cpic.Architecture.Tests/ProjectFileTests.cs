using System.Xml.Linq;
using Cpic.Testing;

namespace Cpic.Architecture.Tests;

/// <summary>
/// Module project files have one shape (ADR 0011): a module references BuildingBlocks, its own Contracts and other
/// modules' Contracts, and only packages BuildingBlocks does not bring already; Contracts reference nothing; versions
/// and the target framework live in Directory.Build.props and Directory.Packages.props, nowhere else.
/// </summary>
public sealed class ProjectFileTests
{
    public static TheoryData<string> ModuleProjects() =>
        [.. Directory.EnumerateFiles(Repository.PathOf("src/Modules"), "*.csproj", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')).Order()];

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_project_file_has_the_one_shape(string path)
    {
        var project = XDocument.Load(Repository.PathOf(path)).Root!;
        var name = Path.GetFileNameWithoutExtension(path);
        var references = project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).ToList();
        var packages = project.Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value).ToList();
        var problems = new List<string>();
        if (project.Descendants("TargetFramework").Any() || project.Descendants().Any(e => e.Attribute("Version") is not null))
        {
            problems.Add("no TargetFramework or Version here (Directory.Build.props, Directory.Packages.props)");
        }

        if (name.EndsWith(".Contracts", StringComparison.Ordinal))
        {
            if (references.Count + packages.Count + project.Descendants("FrameworkReference").Count() > 0)
            {
                problems.Add("a Contracts project references nothing");
            }
        }
        else
        {
            if (!references.Contains("Cpic.BuildingBlocks") || !references.Contains($"{name}.Contracts"))
            {
                problems.Add("a module references Cpic.BuildingBlocks and its own Contracts");
            }

            problems.AddRange(references.Where(r => r != "Cpic.BuildingBlocks" && !r.EndsWith(".Contracts", StringComparison.Ordinal))
                .Select(r => $"{r}: a module references only BuildingBlocks and Contracts"));
            problems.AddRange(project.Descendants("FrameworkReference").Select(_ => "FrameworkReference: BuildingBlocks brings ASP.NET Core"));
            problems.AddRange(packages.Intersect(BuildingBlocksPackages()).Select(p => $"{p}: BuildingBlocks brings it already"));
        }

        problems.Should().BeEmpty();
    }

    private static IEnumerable<string> BuildingBlocksPackages() =>
        XDocument.Load(Repository.PathOf("src/BuildingBlocks/Cpic.BuildingBlocks/Cpic.BuildingBlocks.csproj"))
            .Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value);
}
