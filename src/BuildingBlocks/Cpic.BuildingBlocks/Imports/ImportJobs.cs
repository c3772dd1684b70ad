using Cpic.BuildingBlocks.Persistence;
using Marten;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>
/// Runs an import job in chunks (ADR 0016). <see cref="Start"/> stores the file's rows in chunks with the job; the
/// module's run handler takes the next chunk (<see cref="NextBatchAsync"/>), applies its rows with the module's own
/// rules and records (<see cref="Complete"/>) what became of each, all in one transaction with the module's writes and
/// the next run message. A host that dies loses at most the chunk it was applying; the durable message runs it again.
/// </summary>
public static class ImportJobs
{
    public const int ChunkSize = 250;

    public static ImportJobResponse Start(IDocumentSession session, string kind, string format, IReadOnlyList<ImportRowText> rows,
        string by, DateTimeOffset now)
    {
        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(), Kind = kind, Format = format, Total = rows.Count,
            Chunks = (rows.Count + ChunkSize - 1) / ChunkSize, CreatedBy = by, CreatedAt = now,
        };
        session.Insert(job);
        session.Insert([.. rows.Chunk(ChunkSize).Select((chunk, i) => new ImportChunk { Id = ImportChunk.IdOf(job.Id, i), Rows = [.. chunk] })]);
        return ImportJobResponse.From(job);
    }

    /// <summary>
    /// The job's next chunk, or null when the job is done (or unknown). Takes the job's lock first, so a second run
    /// message for the same job (a redelivery, another host) waits and then finds the following chunk.
    /// </summary>
    public static async Task<ImportBatch?> NextBatchAsync(IDocumentSession session, Guid jobId, string kind, CancellationToken ct)
    {
        await session.LockAsync($"imports:{jobId}", ct);
        var job = await session.LoadAsync<ImportJob>(jobId, ct);
        if (job is null || job.Kind != kind || job.NextChunk >= job.Chunks)
        {
            return null;
        }

        var chunk = await session.LoadAsync<ImportChunk>(ImportChunk.IdOf(jobId, job.NextChunk), ct);
        var rows = chunk?.Rows ?? [];
        var before = await TargetsAsync(session, kind, rows.Select(r => r.SourceId), ct);
        return new ImportBatch(jobId, kind, job.CreatedBy, rows, before) { Job = job };
    }

    /// <summary>Records the outcomes of a batch and moves the job on; true when more chunks remain.</summary>
    public static bool Complete(IDocumentSession session, ImportBatch batch, IReadOnlyList<RowOutcome> outcomes, DateTimeOffset now)
    {
        var job = batch.Job;
        foreach (var o in outcomes)
        {
            session.Store(new ImportRowResult
            {
                Id = $"{job.Id}/{o.Row.Line}", JobId = job.Id, Line = o.Row.Line, SourceId = o.Row.SourceId, Outcome = o.Outcome,
                TargetId = o.TargetId, Errors = o.Errors is null ? null : new(o.Errors),
            });
            job.Outcomes[o.Outcome] = job.Outcomes.GetValueOrDefault(o.Outcome) + 1;
            if (o.Outcome is ImportStatus.Imported or ImportStatus.Matched)
            {
                // Insert, never upsert: a second import of the source id fails the transaction instead of creating twice.
                session.Insert(new ImportedRecord { Id = ImportedRecord.IdOf(job.Kind, o.Row.SourceId), TargetId = o.TargetId!.Value, JobId = job.Id });
            }
        }

        job.NextChunk++;
        (job.Status, job.FinishedAt) = job.NextChunk >= job.Chunks ? (ImportStatus.Completed, now) : (ImportStatus.Running, (DateTimeOffset?)null);
        session.Update(job);
        return job.NextChunk < job.Chunks;
    }

    /// <summary>The Cpic records that source ids of <paramref name="kind"/> became in the session's centre.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> TargetsAsync(IQuerySession session, string kind,
        IEnumerable<string> sourceIds, CancellationToken ct)
    {
        var ids = sourceIds.Where(s => s.Length > 0).Distinct().Select(s => ImportedRecord.IdOf(kind, s)).ToArray();
        var found = ids.Length == 0 ? [] : await session.LoadManyAsync<ImportedRecord>(ct, ids);
        return found.ToDictionary(r => r.Id[(kind.Length + 1)..], r => r.TargetId);
    }
}
