namespace Cpic.BuildingBlocks.Imports;

// The stored side of an import job (schema "imports", each document in the uploading centre). ADR 0016.

/// <summary>A job: what was uploaded, how far it got (<see cref="NextChunk"/>) and the count of each outcome.</summary>
internal sealed class ImportJob
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string Format { get; set; } = "";
    public string Status { get; set; } = ImportStatus.Queued;
    public int Total { get; set; }
    public int Chunks { get; set; }
    public int NextChunk { get; set; }
    public Dictionary<string, int> Outcomes { get; set; } = [];
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>The rows of the file, <see cref="ImportJobs.ChunkSize"/> per chunk: one chunk is one transaction of the job.</summary>
internal sealed class ImportChunk
{
    /// <summary><c>{jobId}/{number}</c>.</summary>
    public string Id { get; set; } = "";
    public List<ImportRowText> Rows { get; set; } = [];

    public static string IdOf(Guid jobId, int number) => $"{jobId}/{number}";
}

/// <summary>What became of one row: the per-row report.</summary>
internal sealed class ImportRowResult
{
    /// <summary><c>{jobId}/{line}</c>.</summary>
    public string Id { get; set; } = "";
    public Guid JobId { get; set; }
    public int Line { get; set; }
    public string SourceId { get; set; } = "";
    public string Outcome { get; set; } = "";
    public Guid? TargetId { get; set; }
    public Dictionary<string, string[]>? Errors { get; set; }
}

/// <summary>
/// A source row that took effect, keyed <c>{kind}:{sourceId}</c> in its centre: the primary key (centre, id) is the
/// database's guarantee that a row of the source system is imported once, whichever job or host tries again.
/// </summary>
internal sealed class ImportedRecord
{
    public string Id { get; set; } = "";
    public Guid TargetId { get; set; }
    public Guid JobId { get; set; }

    public static string IdOf(string kind, string sourceId) => $"{kind}:{sourceId}";
}

/// <summary>Job statuses and row outcomes, as the API shows them.</summary>
public static class ImportStatus
{
    public const string Queued = "queued", Running = "running", Completed = "completed";
    public const string Imported = "imported", Matched = "matched", AlreadyImported = "already-imported", Refused = "refused";
    public static readonly IReadOnlyList<string> Outcomes = [Imported, Matched, AlreadyImported, Refused];
}
