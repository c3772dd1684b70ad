using System.Reflection;
using Carter;
using Cpic.Host;
using Cpic.Testing;

namespace Cpic.Architecture.Tests;

/// <summary>
/// Nothing is public in a module but what Wolverine or Carter needs (ADR 0011): the module's registration class, its
/// endpoints, its handlers and the types their <c>Handle</c> methods take and give (commands, responses, the records
/// in them, the services the generated code builds), and what the allow-list names with its reason.
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>
    /// Public types that no rule above needs, each with its reason in the file (the demo loaders the host calls,
    /// implementations of read contracts that Wolverine's generated code builds); a test fails when an entry is
    /// internal, gone or needed by a rule.
    /// </summary>
    private static readonly HashSet<string> Allowed =
        [.. File.ReadAllLines(Repository.PathOf("tests/Cpic.Architecture.Tests/PublicSurfaceAllowList.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];

    [Fact]
    public void A_module_makes_public_only_what_Wolverine_or_Carter_needs()
    {
        var unexplained = ModuleBoundaries.Modules.SelectMany(m => m.GetExportedTypes().Except(Needed(m)))
            .Select(t => t.FullName!).Where(n => !Allowed.Contains(n)).Order().ToList();
        unexplained.Should().BeEmpty("make these internal sealed, or add them to the allow-list with the reason");
    }

    [Fact]
    public void The_allow_list_names_only_public_types_no_rule_needs()
    {
        var unneeded = ModuleBoundaries.Modules.SelectMany(m => m.GetExportedTypes().Except(Needed(m))).Select(t => t.FullName!);
        Allowed.Except(unneeded).Should().BeEmpty("an entry made internal, or now needed by a handler, leaves the list");
    }

    private static HashSet<Type> Needed(Assembly module)
    {
        var needed = new HashSet<Type>();
        var roots = module.GetExportedTypes().Where(t => typeof(ICarterModule).IsAssignableFrom(t)
            || (t.IsAbstract && t.IsSealed && t.Name.EndsWith("Module", StringComparison.Ordinal))).ToList();
        var handlers = WolverineSetup.HandlersOf(module);
        var signatures = handlers.SelectMany(h => h.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType));
        var queue = new Queue<Type>(roots.Concat(handlers).Concat(signatures));
        while (queue.TryDequeue(out var type))
        {
            if (type.IsGenericType || type.HasElementType)
            {
                foreach (var inner in type.IsGenericType ? type.GetGenericArguments() : [type.GetElementType()!])
                {
                    queue.Enqueue(inner);
                }
            }

            if (type.Assembly != module || type.IsGenericParameter || !needed.Add(type) || typeof(ICarterModule).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var member in type.GetProperties().Select(p => p.PropertyType)
                .Concat(type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
                .Concat(type.GetNestedTypes()).Concat(type.BaseType is { } b ? [b] : []))
            {
                queue.Enqueue(member);
            }
        }

        return needed;
    }
}
