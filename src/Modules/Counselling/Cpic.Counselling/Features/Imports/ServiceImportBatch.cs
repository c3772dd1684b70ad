using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Imports;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Features.Services;
using FluentValidation;
using Marten;
using Wolverine;

namespace Cpic.Counselling.Features.Imports;

/// <summary>
/// Records the rows of a batch as <c>POST /api/v1/counselling/services</c> records a service: the same JSON binding,
/// validator and stored-data checks (loaded once for the batch), the same record, timeline and
/// <see cref="Contracts.ServiceRecorded"/> (the batch's events published together as one
/// <see cref="Contracts.ServicesImported"/>), so Monitoring counts an imported service as any other.
/// </summary>
internal static class ServiceImportBatch
{
    public static async Task<List<RowOutcome>> RecordAsync(IReadOnlyList<ImportRowText> rows, IDocumentSession session,
        IValidator<ServiceInput> rules, OutgoingMessages messages, string by, DateTimeOffset now, CancellationToken ct)
    {
        var read = rows.Select(row => new ServiceRow(row)).ToList();
        var sources = await ImportJobs.TargetsAsync(session, ImportKinds.Clients, read.SelectMany(r => r.ClientSourceIds), ct);
        read.ForEach(r => r.Resolve(sources));
        var lookup = session.CreateBatchQuery();
        var centre = lookup.Load<Centre>(session.TenantId);
        var clients = lookup.LoadMany<KnownClient>().ById([.. read.SelectMany(r => r.Input?.ClientIds ?? []).Distinct()]);
        await lookup.Execute(ct);
        var known = (await clients).ToDictionary(c => c.Id);

        var outcomes = new List<RowOutcome>();
        var recorded = new List<Contracts.ServiceRecorded>();
        foreach (var row in read)
        {
            if (row.Input is { } input && row.Errors.Count == 0)
            {
                ImportJson.AddErrors(row.Errors, await Validation.ErrorsAsync(rules, input, ct));
                ImportJson.AddErrors(row.Errors, row.Errors.Count == 0 ? ServiceChecks.Errors(input, session.TenantId, await centre, known) : []);
            }

            if (row.Errors.Count > 0)
            {
                outcomes.Add(RowOutcome.Refused(row.Row, row.Errors));
                continue;
            }

            var record = RecordServiceHandler.Store(session, row.Input!, by, now);
            recorded.Add(ServiceEvents.Recorded(record, session.TenantId));
            outcomes.Add(new RowOutcome(row.Row, ImportStatus.Imported, record.Id));
        }

        if (recorded.Count > 0)
        {
            messages.Add(new Contracts.ServicesImported(recorded));
        }

        return outcomes;
    }
}
