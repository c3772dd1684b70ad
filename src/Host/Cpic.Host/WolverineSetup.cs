using System.Reflection;
using JasperFx.CodeGeneration;
using Wolverine;
using Wolverine.Attributes;

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

            // Webhooks fan events out in the order they were published (ordering per resource, ADR 0015).
            opts.LocalQueue(Cpic.Webhooks.WebhooksModule.Queue).Sequential();
            opts.UseCpicResilience();
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
    /// receive; a message handled by several modules is delivered to each module's queue. A handler that names its
    /// own queue (<see cref="StickyHandlerAttribute"/>) gets a durable queue that handles one message at a time.
    /// </summary>
    private static void UseModuleQueue(WolverineOptions opts, Assembly assembly)
    {
        var handlers = HandlersOf(assembly);
        foreach (var handler in handlers)
        {
            if (handler.GetCustomAttribute<StickyHandlerAttribute>() is not { EndpointName: var own })
            {
                continue;
            }

            opts.LocalQueue(own).Sequential().UseDurableInbox();
            foreach (var method in handler.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Handle"))
            {
                opts.Publish(rule => rule.Message(method.GetParameters()[0].ParameterType).ToLocalQueue(own));
            }
        }

        handlers.RemoveAll(h => h.IsDefined(typeof(StickyHandlerAttribute)));
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

    /// <summary>
    /// The handler classes of a module that go to its queues: public static classes named <c>...Handler</c>. An
    /// architecture test checks that every class with a <c>Handle</c> method of a module is one of them.
    /// </summary>
    internal static List<Type> HandlersOf(Assembly assembly) =>
        [.. assembly.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Handler", StringComparison.Ordinal))];
}
