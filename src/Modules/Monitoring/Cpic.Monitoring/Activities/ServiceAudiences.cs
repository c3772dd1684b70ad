using Marten;

namespace Cpic.Monitoring.Activities;

/// <summary>
/// The unregistered audience of services (<c>audienceSize</c>), people reached rather than clients. A row is written
/// for a service that has or had an audience and for every correction (so that a record delivered after a correction
/// that took its audience away finds the newer revision and changes nothing); the latest revision decides, as for the service facts, and a
/// cancellation wins whenever it arrives (it leaves a marked row even before the record). The region is looked up for
/// an audience only: a row without one counts nowhere.
/// </summary>
internal static class ServiceAudiences
{
    public static async Task Write(IDocumentSession session, Guid serviceId, string centre, string workplace, DateOnly date,
        string serviceType, int? audience, int revision, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.service_audiences (service_id, seq, centre, region, date, workplace, service_type,
                audience, revision)
            select ?, nextval('monitoring.fact_seq'), ?, ?, ?, ?, ?, ?, ?
            where ? > 0 or ? > 1 or exists (select 1 from monitoring.service_audiences where service_id = ?)
            on conflict (service_id) do update set seq = excluded.seq, centre = excluded.centre,
                region = excluded.region, date = excluded.date,
                workplace = excluded.workplace, service_type = excluded.service_type, audience = excluded.audience,
                revision = excluded.revision
            where service_audiences.revision <= excluded.revision
              and (service_audiences.audience, service_audiences.date, service_audiences.workplace, service_audiences.service_type)
                  is distinct from (excluded.audience, excluded.date, excluded.workplace, excluded.service_type)
            """, serviceId, centre, audience > 0 ? await ActivityFactsHandler.RegionOf(session, centre, ct) : "", date,
            workplace, serviceType, audience ?? 0, revision, audience ?? 0, revision, serviceId);

    public static void Cancel(IDocumentSession session, Guid serviceId, string centre, DateOnly date) =>
        session.QueueSqlCommand("""
            insert into monitoring.service_audiences (service_id, seq, centre, date, cancelled)
            values (?, nextval('monitoring.fact_seq'), ?, ?, true)
            on conflict (service_id) do update set seq = excluded.seq, cancelled = true
            where not service_audiences.cancelled
            """, serviceId, centre, date);
}
