using Cpic.Counselling.Contracts;
using Marten;
using Wolverine;
using static Cpic.Monitoring.Facts.ApplyPendingServiceChangesHandler;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Each service event queues its change; once committed, the handler asks for the waiting changes to be applied
/// (ADR 0142). A redelivered record changes nothing; a correction carries the whole record and replaces the facts
/// of the service; a cancelled service leaves the statistics, its rows stay, marked, so the feed reports the change.
/// </summary>
public static class ServiceChangesHandler
{
    public static void Handle(ServiceRecorded e, IDocumentSession session) =>
        Stage(session, new PendingServiceChange(PendingServiceChange.Record, e.ServiceId, new ServiceFact(e.ServiceId,
            e.Centre, e.Workplace, e.Date, e.Minutes, e.ServiceType, e.Form, e.PlaceType, e.Topics,
            e.InterpreterLanguage, e.ClientIds, Revision: 1)));

    public static void Handle(ServiceCorrected e, IDocumentSession session) =>
        Stage(session, new PendingServiceChange(PendingServiceChange.Correct, e.ServiceId, new ServiceFact(e.ServiceId,
            e.Centre, e.Workplace, e.Date, e.Minutes, e.ServiceType, e.Form, e.PlaceType, e.Topics,
            e.InterpreterLanguage, e.ClientIds, e.Revision)));

    public static void Handle(ServiceCancelled e, IDocumentSession session) =>
        Stage(session, new PendingServiceChange(PendingServiceChange.Cancel, e.ServiceId, Fact: null));

    public static Task AfterCommit(PendingServiceChangesSignal signal, IMessageBus bus) => signal.RequestAsync(bus);
}
