using Wolverine.Tracking;

namespace Cpic.Testing;

/// <summary>One place for the tracked-session defaults the test projects used to copy.</summary>
public static class MessageTracking
{
    /// <summary>A Wolverine tracked session on the running host that waits at most <paramref name="timeout"/> (60 s: CI has two cores).</summary>
    public static TrackedSessionConfiguration Tracking(this CpicApp app, TimeSpan? timeout = null) =>
        app.RunningHost.TrackActivity().Timeout(timeout ?? TimeSpan.FromSeconds(60));
}
