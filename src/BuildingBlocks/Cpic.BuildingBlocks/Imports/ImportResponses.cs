namespace Cpic.BuildingBlocks.Imports;

/// <summary>An import job: its status and how many rows came to each outcome so far.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Kind" example="clients">clients or services.</param>
/// <param name="Format" example="text/csv">The uploaded file's format: text/csv or application/x-ndjson.</param>
/// <param name="Status" example="running">queued (waiting to start), running, or completed (every row has its outcome).</param>
/// <param name="Total" example="1200">Rows in the file.</param>
/// <param name="Processed" example="750">Rows with an outcome so far.</param>
/// <param name="Counts">Rows per outcome so far.</param>
/// <param name="CreatedAt">When the file was uploaded.</param>
/// <param name="CreatedBy" example="head-lbc">Who uploaded it (the token's subject).</param>
/// <param name="FinishedAt">When the last row got its outcome; null while queued or running.</param>
public sealed record ImportJobResponse(Guid Id, string Kind, string Format, string Status, int Total, int Processed,
    ImportCounts Counts, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? FinishedAt)
{
    internal static ImportJobResponse From(ImportJob job)
    {
        int Count(string outcome) => job.Outcomes.GetValueOrDefault(outcome);
        return new(job.Id, job.Kind, job.Format, job.Status, job.Total, job.Outcomes.Values.Sum(),
            new ImportCounts(Count(ImportStatus.Imported), Count(ImportStatus.Matched), Count(ImportStatus.AlreadyImported),
                Count(ImportStatus.Refused)), job.CreatedAt, job.CreatedBy, job.FinishedAt);
    }
}

/// <summary>Rows per outcome.</summary>
/// <param name="Imported" example="700">Created a new record.</param>
/// <param name="Matched" example="20">Clients only: an existing client of the centre is the same person (same name, birth date and nationality); the row is linked to it, nothing is created.</param>
/// <param name="AlreadyImported" example="0">The source id was imported before (by this or an earlier job): nothing is created twice.</param>
/// <param name="Refused" example="30">The row breaks a rule; its errors say which.</param>
public sealed record ImportCounts(int Imported, int Matched, int AlreadyImported, int Refused);

/// <summary>What became of one row of the file.</summary>
/// <param name="Line" example="2">The row's line in the file (the header is line 1 of a CSV file).</param>
/// <param name="SourceId" example="OLD-000123">The row's id in the source system.</param>
/// <param name="Outcome" example="imported">imported, matched, already-imported or refused.</param>
/// <param name="TargetId">The Cpic record the row created or was linked to; null when refused.</param>
/// <param name="Errors">Refused rows: the errors per field, as the API's 422 problem lists them.</param>
public sealed record ImportRowResponse(int Line, string SourceId, string Outcome, Guid? TargetId,
    IReadOnlyDictionary<string, string[]>? Errors)
{
    internal static ImportRowResponse From(ImportRowResult r) => new(r.Line, r.SourceId, r.Outcome, r.TargetId, r.Errors);
}

/// <summary>The outcome a module gives one row of a batch.</summary>
public sealed record RowOutcome(ImportRowText Row, string Outcome, Guid? TargetId, IDictionary<string, string[]>? Errors = null)
{
    public static RowOutcome Refused(ImportRowText row, IDictionary<string, string[]> errors) => new(row, ImportStatus.Refused, null, errors);
}

/// <summary>The next rows of a job for its module to apply, with the source ids of them imported before.</summary>
public sealed record ImportBatch(Guid JobId, string Kind, string By, IReadOnlyList<ImportRowText> Rows,
    IReadOnlyDictionary<string, Guid> ImportedBefore)
{
    internal ImportJob Job { get; init; } = null!;

    /// <summary>
    /// The outcomes already decided (a row the file made unreadable is refused, a source id imported before is
    /// already-imported), and the rows left for the module's rules.
    /// </summary>
    public (List<RowOutcome> Decided, List<ImportRowText> Pending) Triage()
    {
        var decided = new List<RowOutcome>();
        var pending = new List<ImportRowText>();
        foreach (var row in Rows)
        {
            if (row.Errors is not null) decided.Add(RowOutcome.Refused(row, row.Errors));
            else if (ImportedBefore.TryGetValue(row.SourceId, out var before)) decided.Add(new RowOutcome(row, ImportStatus.AlreadyImported, before));
            else pending.Add(row);
        }

        return (decided, pending);
    }
}
