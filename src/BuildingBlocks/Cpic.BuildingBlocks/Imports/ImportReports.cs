using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>Reading a job and its per-row report, in the caller's centre (another centre's job is a 404).</summary>
public static class ImportReports
{
    public const string Schema = "imports";

    /// <summary>The documents of the imports schema; called by the store's setup.</summary>
    public static void Configure(StoreOptions options)
    {
        options.Schema.For<ImportJob>().DatabaseSchemaName(Schema);
        options.Schema.For<ImportChunk>().DatabaseSchemaName(Schema);
        options.Schema.For<ImportedRecord>().DatabaseSchemaName(Schema);
        options.Schema.For<ImportRowResult>().DatabaseSchemaName(Schema)
            .Index([r => r.JobId, r => r.Outcome, r => r.Line], i => i.Name = "mt_doc_importrowresult_job_outcome_line");
    }

    public static async Task<ImportJobResponse> JobAsync(IQuerySession session, Guid id, string kind, CancellationToken ct) =>
        await session.LoadAsync<ImportJob>(id, ct) is { } job && job.Kind == kind
            ? ImportJobResponse.From(job)
            : throw new NotFoundException("Import job", id.ToString());

    /// <summary>The job's rows with <paramref name="outcome"/> (all when null), in file order, keyset-paged by line.</summary>
    public static async Task<Page<ImportRowResponse>> RowsAsync(IQuerySession session, Guid id, string kind, string? outcome,
        PageRequest page, HttpRequest request, CancellationToken ct)
    {
        if (outcome is not null && !ImportStatus.Outcomes.Contains(outcome))
        {
            throw new UnprocessableException("outcome", $"outcome is one of: {string.Join(", ", ImportStatus.Outcomes)}.");
        }

        await JobAsync(session, id, kind, ct);
        var after = page.After<int?>() ?? 0;
        var query = session.Query<ImportRowResult>().Where(r => r.JobId == id && r.Line > after);
        if (outcome is not null)
        {
            query = query.Where(r => r.Outcome == outcome);
        }

        var rows = await query.OrderBy(r => r.Line).Take(page.Limit + 1).ToListAsync(ct);
        return page.ToPage(rows, r => (int?)r.Line, ImportRowResponse.From, request);
    }
}
