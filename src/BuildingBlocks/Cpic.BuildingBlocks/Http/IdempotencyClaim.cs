using Marten;
using Marten.Services;

namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// The <c>Idempotency-Key</c> of the request in progress (ADR 0007). <see cref="IdempotencyClaimListener"/> inserts its
/// record into the first Marten transaction the request commits, whichever session (the endpoint's or a Wolverine
/// handler's) makes it: the key is then taken exactly when the request's write is stored, and released with it when
/// that transaction fails. Nothing outlives the request.
/// </summary>
internal sealed class IdempotencyClaim : IDisposable
{
    private static readonly AsyncLocal<IdempotencyClaim?> Current = new();
    private readonly bool _replacesExpired;
    private bool _committed;

    private IdempotencyClaim(IdempotencyRecord record, bool replacesExpired)
    {
        Record = record;
        _replacesExpired = replacesExpired;
    }

    public IdempotencyRecord Record { get; }

    public static IdempotencyClaim Open(IdempotencyRecord record, bool replacesExpired) =>
        Current.Value = new IdempotencyClaim(record, replacesExpired);

    internal static void AddTo(IDocumentSession session)
    {
        if (Current.Value is { _committed: false } claim)
        {
            // Insert, not upsert: a concurrent request with the same key fails on the primary key and is undone.
            if (claim._replacesExpired) session.Store(claim.Record); else session.Insert(claim.Record);
        }
    }

    internal static void MarkCommitted(IChangeSet commit)
    {
        if (Current.Value is { _committed: false } claim && commit.Inserted.Concat(commit.Updated).Contains(claim.Record))
        {
            claim._committed = true;
        }
    }

    public void Dispose() => Current.Value = null;
}

/// <summary>Registered on the store: puts the pending <see cref="IdempotencyClaim"/> into the transaction being saved.</summary>
internal sealed class IdempotencyClaimListener : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        IdempotencyClaim.AddTo(session);
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        IdempotencyClaim.MarkCommitted(commit);
        return Task.CompletedTask;
    }
}
