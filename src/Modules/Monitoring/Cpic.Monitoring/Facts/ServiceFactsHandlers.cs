using Cpic.Counselling.Contracts;
using Cpic.Monitoring.Activities;
using Marten;
using Wolverine;
using static Cpic.Monitoring.Facts.ApplyPendingServiceChangesHandler;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Each service event queues its change; once committed, the handler asks for the waiting changes to be applied
/// (ADR 0142). A redelivered record changes nothing; a correction carries the whole record and replaces the facts
/// of the service; a cancelled service leaves the statistics, its rows stay, marked, so the feed reports the change.
/// The service's audience is written at once (<see cref="ServiceAudiences"/>): it names no clients, so needs no batch.
/// </summary>
public static class ServiceChangesHandler
{
    public static async Task Handle(ServiceRecorded e, IDocumentSession session, CancellationToken ct)
    {
        Stage(session, new PendingServiceChange(PendingServiceChange.Record, e.ServiceId, new ServiceFact(e.ServiceId,
            e.Centre, e.Workplace, e.Date, e.Minutes, e.ServiceType, e.Form, e.PlaceType, e.Topics,
            e.InterpreterLanguage, e.ClientIds, Revision: 1)));
        await ServiceAudiences.Write(session, e.ServiceId, e.Centre, e.Workplace, e.Date, e.ServiceType, e.AudienceSize, 1, ct);
    }

    public static async Task Handle(ServiceCorrected e, IDocumentSession session, CancellationToken ct)
    {
        Stage(session, new PendingServiceChange(PendingServiceChange.Correct, e.ServiceId, new ServiceFact(e.ServiceId,
            e.Centre, e.Workplace, e.Date, e.Minutes, e.ServiceType, e.Form, e.PlaceType, e.Topics,
            e.InterpreterLanguage, e.ClientIds, e.Revision)));
        await ServiceAudiences.Write(session, e.ServiceId, e.Centre, e.Workplace, e.Date, e.ServiceType, e.AudienceSize,
            e.Revision, ct);
    }

    public static void Handle(ServiceCancelled e, IDocumentSession session)
    {
        Stage(session, new PendingServiceChange(PendingServiceChange.Cancel, e.ServiceId, Fact: null));
        ServiceAudiences.Cancel(session, e.ServiceId, e.Centre, e.Date);
    }

    public static Task AfterCommit(PendingServiceChangesSignal signal, IMessageBus bus) => signal.RequestAsync(bus);
}
