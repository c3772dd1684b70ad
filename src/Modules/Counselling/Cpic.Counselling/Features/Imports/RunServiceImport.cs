using Cpic.BuildingBlocks.Imports;
using Cpic.Counselling.Features.Services;
using FluentValidation;
using Marten;
using Wolverine;

namespace Cpic.Counselling.Features.Imports;

/// <summary>Applies the next chunk of a services import job; sent again until the job is done.</summary>
public sealed record RunServiceImport(Guid JobId);

/// <summary>
/// One chunk per message, in one transaction: the chunk's services, their timeline entries and
/// <c>ServiceRecorded</c> events, the rows' outcomes, the job's progress and the next <see cref="RunServiceImport"/>
/// commit together (ADR 0016). A redelivered or repeated message finds the job further on.
/// </summary>
public static class RunServiceImportHandler
{
    public static async Task<OutgoingMessages> Handle(RunServiceImport message, IDocumentSession session,
        IValidator<ServiceInput> rules, TimeProvider clock, CancellationToken ct)
    {
        var messages = new OutgoingMessages();
        var batch = await ImportJobs.NextBatchAsync(session, message.JobId, ServiceImportLayout.Kind, ct);
        if (batch is null)
        {
            return messages;
        }

        var (outcomes, pending) = batch.Triage();
        outcomes.AddRange(await ServiceImportBatch.RecordAsync(pending, session, rules, messages, batch.By, clock.GetUtcNow(), ct));
        if (ImportJobs.Complete(session, batch, outcomes, clock.GetUtcNow()))
        {
            messages.Add(message);
        }

        return messages;
    }
}
