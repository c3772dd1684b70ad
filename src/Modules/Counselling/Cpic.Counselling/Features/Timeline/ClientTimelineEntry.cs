using Cpic.Counselling.Domain;
using Marten;

namespace Cpic.Counselling.Features.Timeline;

/// <summary>
/// One line of a client's timeline: a service the client received, without notes. Written in the same transaction as
/// the service record (recorded, corrected, cancelled, re-pointed by a merge), so the timeline is always current and
/// reads one small document per service instead of whole records.
/// </summary>
internal sealed class ClientTimelineEntry : ISortedNewestFirst
{
    /// <summary><c>{serviceId}/{clientId}</c>: one entry per client served, so redelivery overwrites it.</summary>
    public string Id { get; set; } = "";
    public Guid ClientId { get; set; }
    public Guid ServiceId { get; set; }
    public string SortKey { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? StartTime { get; set; }
    public int Minutes { get; set; }
    public string ServiceType { get; set; } = "";
    public string Form { get; set; } = "";
    public string Workplace { get; set; } = "";
    public string PlaceType { get; set; } = "";
    public IReadOnlyList<string> Topics { get; set; } = [];
    public string? InterpreterLanguage { get; set; }

    /// <summary>Everyone served together: registered clients plus the uncounted audience; 1 for an individual service.</summary>
    public int GroupSize { get; set; }

    /// <summary>Replaces the entries of <paramref name="service"/> with its current state; none once cancelled.</summary>
    public static void Rebuild(IDocumentSession session, ServiceRecord service)
    {
        session.DeleteWhere<ClientTimelineEntry>(e => e.ServiceId == service.Id);
        if (!service.Cancelled)
        {
            Add(session, service);
        }
    }

    /// <summary>The entries of a new service: one per client served.</summary>
    public static void Add(IDocumentSession session, ServiceRecord service)
    {
        var d = service.Details;
        foreach (var clientId in d.ClientIds)
        {
            session.Store(new ClientTimelineEntry
            {
                Id = $"{service.Id}/{clientId}", ClientId = clientId, ServiceId = service.Id, SortKey = service.SortKey,
                Date = d.Date, StartTime = d.StartTime, Minutes = d.Minutes, ServiceType = d.ServiceType, Form = d.Form,
                Workplace = d.Workplace, PlaceType = d.Place.Type, Topics = d.Topics,
                InterpreterLanguage = d.Interpreter?.Language, GroupSize = d.ClientIds.Count + (d.AudienceSize ?? 0),
            });
        }
    }
}
