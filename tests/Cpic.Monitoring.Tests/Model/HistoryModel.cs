using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;

namespace Cpic.Monitoring.Tests.Model;

/// <summary>
/// What the events of a history mean, worked out from the definitions (docs/statistics.md) without Monitoring's
/// code: the clients' attributes and residence histories, the merges, the services as last corrected, and from them
/// the fact rows (one per service and client, the client by the record it now counts as).
/// </summary>
internal sealed class HistoryModel
{
    internal sealed record Person(string? Sex, int? BirthYear, string? Nationality)
    {
        public IReadOnlyList<ResidenceCategorySince> Statuses { get; init; } = [];
        public Guid? MergedInto { get; init; }
        public bool Anonymised { get; init; }
    }

    /// <summary>A fact row: the key is null for a service with an unregistered audience only.</summary>
    internal sealed record Row(Guid ServiceId, Guid ClientId, Guid? Key, int Ordinal, ServiceRecorded Service, Person? Client, string? Category);

    private readonly Dictionary<Guid, Person> _clients = [];
    private readonly Dictionary<Guid, (ServiceRecorded Content, int Revision)> _services = [];
    private readonly HashSet<Guid> _cancelled = [];

    public void Apply(object e)
    {
        switch (e)
        {
            case ClientRegistered r:
                Profile(r.ClientId, r.Sex, r.BirthYear, r.BirthYearBand, r.Nationality);
                break;
            case ClientProfileChanged p:
                Profile(p.ClientId, p.Sex, p.BirthYear, p.BirthYearBand, p.Nationality);
                break;
            case ClientResidenceStatusChanged s when !Get(s.ClientId).Anonymised:
                _clients[s.ClientId] = Get(s.ClientId) with { Statuses = s.Statuses ?? [] };
                break;
            case ClientsMerged m:
                _clients[m.MergedClientId] = Get(m.MergedClientId) with { MergedInto = m.SurvivingClientId };
                break;
            case ClientAnonymised a:
                _clients[a.ClientId] = Get(a.ClientId) with { Anonymised = true };
                break;
            case ServiceRecorded r when !_services.ContainsKey(r.ServiceId):
                _services[r.ServiceId] = (r, 1);
                break;
            case ServiceCorrected c when !_services.TryGetValue(c.ServiceId, out var s) || s.Revision <= c.Revision:
                _services[c.ServiceId] = (new ServiceRecorded(c.ServiceId, c.Centre, c.Workplace, c.Date, c.Minutes,
                    c.ServiceType, c.Form, c.PlaceType, null, c.Topics, c.InterpreterLanguage, false, c.ClientIds,
                    c.AudienceSize, null), c.Revision);
                break;
            case ServiceCancelled x:
                _cancelled.Add(x.ServiceId);
                break;
        }
    }

    /// <summary>The active fact rows.</summary>
    public IEnumerable<Row> Rows() =>
        from s in _services.Values
        where !_cancelled.Contains(s.Content.ServiceId)
        let ids = s.Content.ClientIds.Count == 0 ? [Guid.Empty] : s.Content.ClientIds.Distinct().ToArray()
        from row in ids.Select((id, ordinal) => (id, ordinal))
        let key = row.id == Guid.Empty ? (Guid?)null : KeyOf(row.id)
        let client = key is { } k ? _clients.GetValueOrDefault(k) : null
        select new Row(s.Content.ServiceId, row.id, key, row.ordinal, s.Content, client, CategoryOn(client, s.Content.Date));

    public Guid KeyOf(Guid id) => _clients.GetValueOrDefault(id)?.MergedInto is { } into ? KeyOf(into) : id;

    private static string? CategoryOn(Person? client, DateOnly day) =>
        client?.Statuses.Where(s => s.ValidFrom <= day).OrderBy(s => s.ValidFrom).LastOrDefault()?.Category;

    private Person Get(Guid id) => _clients.GetValueOrDefault(id) ?? new Person(null, null, null);

    // An anonymous client known by a five-year band counts with the band's middle year.
    private void Profile(Guid id, string? sex, int? year, string? band, string? nationality)
    {
        var person = Get(id);
        if (!person.Anonymised)
        {
            _clients[id] = person with { Sex = sex, BirthYear = year ?? (band is null ? null : int.Parse(band[..4]) + 2), Nationality = nationality };
        }
    }
}
