using Cpic.Counselling.Contracts;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Clients.Features.Retention;

/// <summary>
/// The retention period runs from the client's last service: the latest service date Counselling reported for each
/// client, kept in <c>clients.client_last_service</c>. A merge needs nothing here: it is itself activity of the
/// surviving record, later than every service of the merged one, and Counselling re-points later services.
/// </summary>
public static class LastServiceDatesHandler
{
    private const string Upsert =
        $"insert into {ClientsModule.Schema}.client_last_service as t (client_id, last_service) " +
        "select distinct unnest(?::uuid[]), ?::date " +
        "on conflict (client_id) do update set last_service = greatest(t.last_service, excluded.last_service)";

    public static void Handle(ServiceRecorded e, IDocumentSession session) => Extend(session, e.ClientIds, e.Date);

    /// <summary>A chunk of an import: each service as one on its own (the statements go in one round trip).</summary>
    public static void Handle(ServicesImported e, IDocumentSession session) =>
        e.Services.ToList().ForEach(s => Extend(session, s.ClientIds, s.Date));

    public static void Handle(ServiceCorrected e, IDocumentSession session) => Extend(session, e.ClientIds, e.Date);

    internal static Table Table()
    {
        var table = new Table(new PostgresqlObjectName(ClientsModule.Schema, "client_last_service", SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("client_id").AsPrimaryKey();
        table.AddColumn<DateOnly>("last_service").NotNull();
        return table;
    }

    /// <summary>The last service date of each of <paramref name="clients"/> that has one.</summary>
    internal static async Task<IReadOnlyDictionary<Guid, DateOnly>> LastServicesAsync(IQuerySession session, Guid[] clients,
        CancellationToken ct) =>
        (await session.QueryAsync<LastService>(
            "select jsonb_build_object('clientId', client_id, 'date', last_service) " +
            $"from {ClientsModule.Schema}.client_last_service where client_id = any(?)", ct, clients))
        .ToDictionary(r => r.ClientId, r => r.Date);

    internal sealed record LastService(Guid ClientId, DateOnly Date);

    /// <summary>One statement for all the service's clients (a group service may have hundreds).</summary>
    private static void Extend(IDocumentSession session, IReadOnlyList<Guid> clients, DateOnly date)
    {
        if (clients.Count > 0)
        {
            session.QueueSqlCommand(Upsert, clients.ToArray(), date);
        }
    }
}
