using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.Monitoring.Tests;

/// <summary>
/// Feeds Monitoring the way the other modules do: their contract events, published through Wolverine for the
/// centre (tenant) that raised them, waiting until every handler has finished. The timeout leaves room for seed 003's
/// 3,400 events on a shared, busy CI machine.
/// </summary>
internal static class FactPublishing
{
    // Other modules handle some of these events too (Clients takes service dates for retention), and seed 003 is
    // thousands of messages: a minute is too tight on a busy machine.
    public static async Task Publish(this CpicApp app, string centre, params IEnumerable<object> events) =>
        await app.Tracking(TimeSpan.FromMinutes(3)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
            {
                foreach (var e in events)
                {
                    await bus.PublishAsync(e, new DeliveryOptions { TenantId = centre });
                }
            }));

    /// <summary>
    /// Like <see cref="Publish"/>, but to Monitoring's queue only (the other modules' handlers of these events stay
    /// idle): what the model-based test needs, at a fraction of the cost.
    /// </summary>
    public static async Task PublishToMonitoring(this CpicApp app, IEnumerable<object> events) =>
        await app.Tracking(TimeSpan.FromMinutes(3)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
            {
                foreach (var e in events)
                {
                    await bus.EndpointFor("monitoring").SendAsync(e, new DeliveryOptions { TenantId = "LBC" });
                }
            }));

    /// <summary>Clean documents and clean fact tables (Marten's reset does not know the latter).</summary>
    public static async Task ResetWithFactsAsync(this CpicApp app)
    {
        await app.ResetAsync();
        await app.TruncateFactsAsync();
    }
}
