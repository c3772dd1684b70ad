using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Imports;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Domain;
using FluentValidation;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Clients.Features.Imports;

/// <summary>Applies the next chunk of a clients import job; sent again until the job is done.</summary>
public sealed record RunClientImport(Guid JobId);

/// <summary>
/// One chunk per message, in one transaction: the chunk's clients, their events, the rows' outcomes, the job's
/// progress and the next <see cref="RunClientImport"/> commit together (ADR 0016). A redelivered or repeated message
/// finds the job further on; the imported-record keys refuse a source id imported twice.
/// </summary>
public static class RunClientImportHandler
{
    public static async Task<OutgoingMessages> Handle(RunClientImport message, IDocumentSession session,
        IValidator<ClientDetails> detailsRules, IValidator<ResidenceStatus> statusRules, DocumentNumbers numbers,
        TimeProvider clock, IOptions<ClientsOptions> options, CancellationToken ct)
    {
        var messages = new OutgoingMessages();
        var batch = await ImportJobs.NextBatchAsync(session, message.JobId, ClientImportLayout.Kind, ct);
        if (batch is null)
        {
            return messages;
        }

        var (outcomes, pending) = batch.Triage();
        var valid = new List<ClientRow>();
        var centre = await session.FindCentreAsync(session.TenantId, ct);
        foreach (var row in pending)
        {
            var (checkedRow, errors) = await ClientImportRows.ReadAsync(row, session, centre, detailsRules, statusRules, ct);
            if (checkedRow is null) outcomes.Add(RowOutcome.Refused(row, errors));
            else valid.Add(checkedRow);
        }

        outcomes.AddRange(await ClientImportBatch.RegisterAsync(valid, session, numbers, messages,
            new(batch.By, clock.Today(), options.Value.ResidenceExpiringDays), ct));
        if (ImportJobs.Complete(session, batch, outcomes, clock.GetUtcNow()))
        {
            messages.Add(message);
        }

        return messages;
    }
}
