using Cpic.Counselling.Contracts;
using Marten;

namespace Cpic.Monitoring.Facts;

/// <summary>A recorded service becomes facts; a redelivered record changes nothing.</summary>
public static class ServiceRecordedHandler
{
    public static Task Handle(ServiceRecorded e, IDocumentSession session, CancellationToken ct) =>
        ServiceFactWriter.Write(session, new ServiceFact(e.ServiceId, e.Centre, e.Workplace, e.Date, e.Minutes,
            e.ServiceType, e.Form, e.PlaceType, e.Topics, e.InterpreterLanguage, e.ClientIds, Revision: 1), replace: false, ct);
}

/// <summary>A correction carries the whole record and replaces the facts of the service.</summary>
public static class ServiceCorrectedHandler
{
    public static Task Handle(ServiceCorrected e, IDocumentSession session, CancellationToken ct) =>
        ServiceFactWriter.Write(session, new ServiceFact(e.ServiceId, e.Centre, e.Workplace, e.Date, e.Minutes,
            e.ServiceType, e.Form, e.PlaceType, e.Topics, e.InterpreterLanguage, e.ClientIds, e.Revision), replace: true, ct);
}

/// <summary>A cancelled service leaves the statistics; its rows stay, marked, so the feed reports the change.</summary>
public static class ServiceCancelledHandler
{
    public static void Handle(ServiceCancelled e, IDocumentSession session)
    {
        ServiceFactWriter.LockChangeOrder(session);
        session.QueueSqlCommand(
            "insert into monitoring.cancelled_services (service_id) values (?) on conflict do nothing", e.ServiceId);
        StatisticsCube.Before(session, "select client_key, date from monitoring.service_facts where service_id = ?",
            e.ServiceId);
        session.QueueSqlCommand("""
            update monitoring.service_facts set status = 'cancelled', seq = nextval('monitoring.fact_seq')
            where service_id = ? and status = 'active'
            """, e.ServiceId);
        StatisticsCube.After(session);
    }
}
