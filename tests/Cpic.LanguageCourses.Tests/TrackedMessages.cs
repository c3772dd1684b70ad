using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.LanguageCourses.Tests;

public static class TrackedMessages
{
    /// <summary>Runs a request and returns it with every message it caused (published, whether or not handled).</summary>
    public static async Task<(HttpResponseMessage Response, IReadOnlyList<object> Messages)> WithMessagesAsync(
        this CpicApp app, Func<Task<HttpResponseMessage>> action)
    {
        HttpResponseMessage? response = null;
        var tracked = await app.Tracking().IncludeExternalTransports()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => response = await action()));
        var messages = tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<object>().Distinct().ToList();
        return (response!, messages);
    }
}
