using Cpic.BuildingBlocks.Imports;
using Cpic.Clients.Contracts;
using Cpic.Clients.Domain;
using Cpic.Clients.Features.Residence;
using Marten;
using Wolverine;

namespace Cpic.Clients.Features.Imports;

/// <summary>
/// Registers the valid rows of a batch as registration and recording residence statuses do (the same events, the same
/// integration events, published together as one <see cref="ClientsImported"/>), except for the duplicate check: a row
/// that is for certain an existing client (or an earlier row of the batch) of the centre (<see cref="ExactMatches"/>)
/// is linked to it instead of creating a duplicate.
/// </summary>
internal static class ClientImportBatch
{
    public static async Task<List<RowOutcome>> RegisterAsync(IReadOnlyList<ClientRow> rows, IDocumentSession session,
        DocumentNumbers numbers, OutgoingMessages messages, ImportContext context, CancellationToken ct)
    {
        var existing = await ExactMatches.FindAsync(session, rows.Select(r => r.Details), ct);
        var created = new List<(ClientDetails Details, Guid Id)>();
        var outcomes = new List<RowOutcome>();
        var fresh = new List<(ClientRow Row, Guid Id)>();
        foreach (var row in rows)
        {
            var same = existing[Client.SearchNameOf(row.Details)].Select(c => (c.Details, c.Id)).Concat(created)
                .FirstOrDefault(c => ExactMatches.SamePerson(c.Details, row.Details));
            if (same.Details is not null)
            {
                outcomes.Add(new RowOutcome(row.Row, ImportStatus.Matched, same.Id));
                continue;
            }

            var id = Guid.CreateVersion7();
            created.Add((row.Details, id));
            fresh.Add((row, id));
            outcomes.Add(new RowOutcome(row.Row, ImportStatus.Imported, id));
        }

        var number = fresh.Count == 0 ? 0 : await ClientCodes.ReserveAsync(session, session.TenantId, context.Today.Year, fresh.Count, ct);
        var events = new ImportedEvents([], []);
        foreach (var (row, id) in fresh)
        {
            Register(session, row, id, ClientCodes.Format(session.TenantId, context.Today.Year, number++), numbers, messages, events, context);
        }

        if (events.Registered.Count > 0)
        {
            messages.Add(new ClientsImported(events.Registered, events.ResidenceChanged));
        }

        return outcomes;
    }

    private static void Register(IDocumentSession session, ClientRow row, Guid id, string code, DocumentNumbers numbers,
        OutgoingMessages messages, ImportedEvents events, ImportContext context)
    {
        var (by, today, expiringDays) = context;
        var centre = session.TenantId;
        var statuses = row.Statuses.Select(s => numbers.Protect(s)).ToList();
        session.Events.StartStream<Client>(id, [new ClientRecordOpened(code, centre, row.Details, today, by),
            .. statuses.Select(s => new ResidenceStatusRecorded(s, by))]);
        events.Registered.Add(IntegrationEvents.Registered(id, centre, code, row.Details, today));
        if (statuses.Count > 0)
        {
            events.ResidenceChanged.Add(IntegrationEvents.ResidenceChanged(id, centre, new Client { Residence = statuses }, today));
            // Recording each status schedules its check, which only the latest passes: the latest is scheduled alone.
            ResidenceChecks.Schedule(messages, id, statuses, statuses.MaxBy(s => s.ValidFrom)!, today, expiringDays);
        }
    }

    /// <summary>Who imports, today's date in Prague and <c>Clients:ResidenceExpiringDays</c>.</summary>
    internal sealed record ImportContext(string By, DateOnly Today, int ExpiringDays);

    /// <summary>The chunk's integration events, published as one <see cref="ClientsImported"/>.</summary>
    private sealed record ImportedEvents(List<ClientRegistered> Registered, List<ClientResidenceStatusChanged> ResidenceChanged);
}
