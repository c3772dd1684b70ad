using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;
using Cpic.Goals.Contracts;
using Cpic.LanguageCourses.Contracts;
using Cpic.Monitoring.Contracts;
using Cpic.Platforms.Contracts;
using Marten;
using Wolverine;

namespace Cpic.Webhooks.Fanout;

/// <summary>
/// The integration events of the catalogue (<see cref="Domain.EventCatalogue"/>), each mapped to its payload's
/// <c>data</c>: ids, codes, dates and numbers the event carries, never a name, contact, birth date or nationality (the
/// receiver reads what its own token may see). Runs on the module's queue, one event at a time, in publication order.
/// </summary>
public static class WebhookEventsHandler
{
    public static Task<OutgoingMessages> Handle(ClientRegistered e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "client.registered", e.Centre, $"client:{e.ClientId}",
            new { clientId = e.ClientId, centre = e.Centre, workplace = e.Workplace, clientCode = e.ClientCode, anonymous = e.Anonymous });

    public static Task<OutgoingMessages> Handle(ResidenceExpiring e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "client.residence-expiring", e.Centre, $"client:{e.ClientId}",
            new { clientId = e.ClientId, centre = e.Centre, residenceCategory = e.Category, validUntil = e.ValidUntil });

    public static Task<OutgoingMessages> Handle(ServiceRecorded e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "service.recorded", e.Centre, $"service:{e.ServiceId}", new
        {
            serviceId = e.ServiceId, centre = e.Centre, workplace = e.Workplace, date = e.Date, serviceType = e.ServiceType,
            clientIds = e.ClientIds,
        });

    public static Task<OutgoingMessages> Handle(ServiceCorrected e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "service.corrected", e.Centre, $"service:{e.ServiceId}", new
        {
            serviceId = e.ServiceId, centre = e.Centre, workplace = e.Workplace, date = e.Date, serviceType = e.ServiceType,
            clientIds = e.ClientIds, revision = e.Revision,
        });

    public static Task<OutgoingMessages> Handle(ServiceCancelled e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "service.cancelled", e.Centre, $"service:{e.ServiceId}",
            new { serviceId = e.ServiceId, centre = e.Centre, date = e.Date });

    public static Task<OutgoingMessages> Handle(CaseOpened e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "case.opened", e.Centre, $"case:{e.CaseId}",
            new { caseId = e.CaseId, centre = e.Centre, clientId = e.ClientId, date = e.Date });

    public static Task<OutgoingMessages> Handle(CaseClosed e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "case.closed", e.Centre, $"case:{e.CaseId}",
            new { caseId = e.CaseId, centre = e.Centre, clientId = e.ClientId, date = e.Date, reason = e.Reason });

    public static Task<OutgoingMessages> Handle(CourseCompleted e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "course.completed", e.Centre, $"client:{e.ClientId}",
            new { courseId = e.CourseId, clientId = e.ClientId, centre = e.Centre, courseType = e.CourseType, date = e.Date });

    public static Task<OutgoingMessages> Handle(CertificateIssued e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "certificate.issued", e.Centre, $"client:{e.ClientId}",
            new { courseId = e.CourseId, clientId = e.ClientId, centre = e.Centre, date = e.Date });

    public static Task<OutgoingMessages> Handle(MeetingHeld e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "meeting.held", e.Centre, $"meeting:{e.MeetingId}",
            new { meetingId = e.MeetingId, centre = e.Centre, date = e.Date, bodyKind = e.BodyKind });

    public static Task<OutgoingMessages> Handle(GoalSetSubmitted e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        GoalSet(session, clock, ct, "goal-set.submitted", e.GoalSetId, e.Centre, e.Year, e.Version);

    public static Task<OutgoingMessages> Handle(GoalSetApproved e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        GoalSet(session, clock, ct, "goal-set.approved", e.GoalSetId, e.Centre, e.Year, e.Version);

    public static Task<OutgoingMessages> Handle(GoalSetReturned e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        GoalSet(session, clock, ct, "goal-set.returned", e.GoalSetId, e.Centre, e.Year, e.Version);

    public static Task<OutgoingMessages> Handle(GoalSetPublished e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        GoalSet(session, clock, ct, "goal-set.published", e.GoalSetId, e.Centre, e.Year, e.Version);

    public static Task<OutgoingMessages> Handle(MonthClosed e, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Deliver(session, clock, ct, "month.closed", e.Centre, $"month:{e.Centre}:{e.Month}",
            new { centre = e.Centre, month = e.Month, snapshot = e.Snapshot });

    private static Task<OutgoingMessages> GoalSet(IDocumentSession session, TimeProvider clock, CancellationToken ct, string type,
        Guid goalSetId, string centre, int year, int version) =>
        Deliver(session, clock, ct, type, centre, $"goal-set:{goalSetId}", new { goalSetId, centre, year, version });

    private static Task<OutgoingMessages> Deliver(IDocumentSession session, TimeProvider clock, CancellationToken ct, string type,
        string centre, string resource, object data) =>
        FanOut.DeliverAsync(session, clock, new WebhookEvent(type, centre, resource, data), ct);
}
