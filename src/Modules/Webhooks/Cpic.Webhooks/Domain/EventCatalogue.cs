namespace Cpic.Webhooks.Domain;

/// <summary>
/// An event type subscribers may ask for: its code (the payload's <c>type</c>), the resource its deliveries are ordered
/// by, the <c>data</c> fields it carries (ids and codes, never personal data), and whether the ministry may subscribe to
/// it network-wide (else only the centre's integrators and head, for their centre's events).
/// </summary>
internal sealed record EventType(string Code, string Resource, bool Network, IReadOnlyList<string> Fields, string Description);

/// <summary>The published catalogue (<c>GET /api/v1/webhooks/event-types</c>, docs/webhooks.md).</summary>
internal static class EventCatalogue
{
    public static readonly IReadOnlyList<EventType> All =
    [
        new("client.registered", "client", false, ["clientId", "centre", "workplace", "clientCode", "anonymous"],
            "A client was registered (identified, or anonymous under a pseudonym)."),
        new("client.residence-expiring", "client", false, ["clientId", "centre", "residenceCategory", "validUntil"],
            "A client's latest residence status ends on validUntil, within Clients:ResidenceExpiringDays (default 30) days."),
        new("service.recorded", "service", false, ["serviceId", "centre", "workplace", "date", "serviceType", "clientIds"],
            "A service (intervention) was recorded for one or more clients."),
        new("service.corrected", "service", false, ["serviceId", "centre", "workplace", "date", "serviceType", "clientIds", "revision"],
            "A service record was corrected; fetch it again."),
        new("service.cancelled", "service", false, ["serviceId", "centre", "date"], "A service record was cancelled."),
        new("case.opened", "case", false, ["caseId", "centre", "clientId", "date"], "A counselling case was opened for a client."),
        new("case.closed", "case", false, ["caseId", "centre", "clientId", "date", "reason"], "A counselling case was closed with a reason code."),
        new("course.completed", "client", false, ["courseId", "clientId", "centre", "courseType", "date"],
            "A client completed a language course."),
        new("certificate.issued", "client", false, ["courseId", "clientId", "centre", "date"], "A course certificate was issued to a client."),
        new("meeting.held", "meeting", true, ["meetingId", "centre", "date", "bodyKind"], "A platform or working-group meeting was held and closed."),
        new("goal-set.submitted", "goal-set", true, ["goalSetId", "centre", "year", "version"], "A centre submitted its goal set for approval."),
        new("goal-set.approved", "goal-set", true, ["goalSetId", "centre", "year", "version"], "The ministry approved a version of a goal set."),
        new("goal-set.returned", "goal-set", true, ["goalSetId", "centre", "year", "version"], "The ministry returned a goal set with comments."),
        new("goal-set.published", "goal-set", true, ["goalSetId", "centre", "year", "version"], "An approved goal set version went public."),
        new("month.closed", "month", true, ["centre", "month", "snapshot"], "A centre closed a reporting month: its figures are frozen."),
    ];

    public static EventType? Find(string code) => All.FirstOrDefault(t => t.Code == code);

    /// <summary>The codes a subscriber may name: the network-wide ones for the ministry, all for a centre.</summary>
    public static IEnumerable<string> Allowed(bool ministry) => All.Where(t => !ministry || t.Network).Select(t => t.Code);
}
