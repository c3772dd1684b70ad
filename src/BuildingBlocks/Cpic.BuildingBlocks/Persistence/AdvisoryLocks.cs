using Marten;

namespace Cpic.BuildingBlocks.Persistence;

/// <summary>PostgreSQL transaction-level advisory locks on a session, to run competing writes one after another.</summary>
public static class AdvisoryLocks
{
    /// <summary>
    /// Begins the session's transaction and takes the lock named <paramref name="key"/>; it is released when the session
    /// commits (for a handler, when Wolverine does).
    /// </summary>
    public static async Task LockAsync(this IDocumentSession session, string key, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) l", ct, key);
    }
}
