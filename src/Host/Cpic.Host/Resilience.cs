using Cpic.BuildingBlocks.Persistence;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Cpic.Host;

/// <summary>
/// How message handling survives a PostgreSQL outage and a dead node (README "Scaling out", ADR 0007).
/// </summary>
internal static class Resilience
{
    /// <summary>
    /// Every handler of every module: a database outage (<see cref="DatabaseOutage"/>) is retried in place with a short
    /// back-off, then rescheduled every few seconds for as long as it lasts, so it never reaches the dead letters. A
    /// command invoked from an HTTP request gets the in-place retries only (about 4 s), then the request answers 503.
    /// Any other failure keeps Wolverine's default: retried, then dead-lettered (listed and replayed by the ministry
    /// coordinator, <see cref="DeadLetters"/>).
    /// </summary>
    public static void UseCpicResilience(this WolverineOptions opts)
    {
        opts.OnException(DatabaseOutage.IsCause, "PostgreSQL unavailable")
            .RetryWithCooldown(Ms(100), Ms(250), Ms(500), Ms(1000), Ms(2000))
            .Then.ScheduleRetryIndefinitely(Ms(1000), Ms(2000), Ms(5000));

        var durability = opts.Durability;
        // A killed node is seen stale after 5 s without a heartbeat and ejected after two more checks; its messages
        // are then released and picked up within a second (measured in tests/Cpic.Faults.Tests, bench/README.md).
        durability.HealthCheckPollingTime = Ms(1000);
        durability.FirstHealthCheckExecution = Ms(500);
        durability.StaleNodeTimeout = Ms(5000);
        durability.NodeReassignmentPollingTime = Ms(1000);
        durability.ScheduledJobPollingTime = Ms(1000);
        // A commit whose reply was lost leaves its messages stored for this very node but never queued in memory;
        // a message waiting this long is released to be picked up again. Messages held in memory or running renew
        // their claim, so this never runs a message twice.
        durability.InboxStaleTime = TimeSpan.FromSeconds(20);
        durability.OutboxStaleTime = TimeSpan.FromSeconds(20);
        // Every second the durability pass above scans the whole inbox table (the stale-claim release has no index),
        // and handled rows stay in it (Wolverine's default: five minutes, swept each minute). Under sustained load
        // that is some 300,000 rows, and the scan alone took 80 ms of database CPU per second (bench/README.md). A
        // handled row only guards against a redelivery of the same envelope, which local durable queues never make
        // later than the commit that marks it handled: a minute is ample.
        durability.KeepAfterMessageHandling = TimeSpan.FromMinutes(1);
        durability.HandledMessageCleanupPollingTime = TimeSpan.FromSeconds(10);
    }

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);
}
