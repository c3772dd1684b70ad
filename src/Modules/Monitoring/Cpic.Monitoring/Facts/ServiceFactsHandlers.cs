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
    public static Task Handle(ServiceRecorded e, IDocumentSession session, CancellationToken ct) =>
        Handle(new ServicesImported([e]), session, ct);

    /// <summary>A chunk of an import: its changes staged with one statement, then each service's audience.</summary>
    public static async Task Handle(ServicesImported e, IDocumentSession session, CancellationToken ct)
    {
        Stage(session, [.. e.Services.Select(s => new PendingServiceChange(PendingServiceChange.Record, s.ServiceId,
            new ServiceFact(s.ServiceId, s.Centre, s.Workplace, s.Date, s.Minutes, s.ServiceType, s.Form, s.PlaceType,
                s.Topics, s.InterpreterLanguage, s.ClientIds, Revision: 1)))]);
        foreach (var s in e.Services)
        {
            await ServiceAudiences.Write(session, s.ServiceId, s.Centre, s.Workplace, s.Date, s.ServiceType, s.AudienceSize, 1, ct);
        }
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
