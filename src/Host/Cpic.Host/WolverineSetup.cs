using System.Reflection;
using JasperFx.CodeGeneration;
using Wolverine;

namespace Cpic.Host;

internal static class WolverineSetup
{
    /// <summary>
    /// Durable local queues with inbox and outbox on PostgreSQL (through Marten), transactions applied to every
    /// handler that touches Marten, each module's handlers on their own queue. Handler code is pre-generated
    /// (ADR 0003): <c>./build/codegen.sh</c> rewrites <c>Internal/Generated</c>, a test fails when it is stale.
    /// </summary>
    public static void UseCpicWolverine(this WebApplicationBuilder builder) =>
        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(Program).Assembly;
            foreach (var assembly in Modules.Assemblies)
            {
                opts.Discovery.IncludeAssembly(assembly);
                UseModuleQueue(opts, assembly);
            }

            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            opts.Policies.UseDurableInboxOnAllListeners();
            opts.Policies.UseDurableOutboxOnAllSendingEndpoints();
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            if (Environment.GetEnvironmentVariable("CPIC_CODEGEN_OUTPUT") is { } output)
            {
                // The staleness test writes the code elsewhere and compares it with the committed files.
                opts.CodeGeneration.GeneratedCodeOutputPath = output;
            }

            if (builder.Configuration.GetValue<bool>("Wolverine:Solo"))
            {
                opts.Durability.Mode = DurabilityMode.Solo;
            }
        });

    /// <summary>
    /// One durable local queue per module (named after it, e.g. <c>counselling</c>) for the messages its handlers
    /// receive; a message handled by several modules is delivered to each module's queue.
    /// </summary>
    private static void UseModuleQueue(WolverineOptions opts, Assembly assembly)
    {
        var handlers = assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Handler", StringComparison.Ordinal)).ToList();
        if (handlers.Count == 0)
        {
            return;
        }

        var queue = opts.LocalQueue(assembly.GetName().Name!.Replace("Cpic.", "", StringComparison.Ordinal).ToLowerInvariant())
            .UseDurableInbox();
        foreach (var handler in handlers)
        {
            queue.AddStickyHandler(handler);
        }
    }
}
