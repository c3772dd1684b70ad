using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;

namespace Cpic.Monitoring.Tests.Model;

/// <summary>
/// Random histories as the other modules would publish them, in batches. Events of one batch are handled in any
/// order (and some twice, as redeliveries), so a batch holds at most one change of each client (a merge and the
/// survivor's new residence history, as Clients publishes them, count as one); services, corrections and
/// cancellations mix freely, since revisions and the cancellation table make their order irrelevant; so do the
/// field visits, cases, referrals and interpreter bookings, whose events Monitoring applies in any order.
/// Everything dated falls in <paramref name="year"/> (statuses from the middle of the year before to the middle of
/// the year after), and people are born relative to it: histories of different years do not meet in a period.
/// </summary>
internal sealed class HistoryGenerator(Random random, ActivityModel activities, int year)
{
    public static readonly string[] Centres = ["LBC", "JHM", "PHA"];
    private static readonly string[] Categories = ["long-term-visa", "long-term-residence", "permanent-residence", "temporary-protection"];
    private static readonly string[] Types = ["social-counselling", "legal-counselling", "interpreting-translation"];
    private static readonly string[] Forms = ["office", "field", "remote"];
    private static readonly string[] Topics = ["residence", "housing", "employment"];
    private static readonly string?[] Nationalities = ["VN", "UA", "MN", null];

    private readonly List<(Guid Id, string Centre, IReadOnlyList<ResidenceCategorySince> Statuses)> _clients = [];
    private readonly HashSet<Guid> _gone = [];
    private readonly Dictionary<Guid, (string Centre, DateOnly Date, int Revision)> _services = [];

    public List<List<object>> Batches() => [.. Enumerable.Range(0, random.Next(2, 4)).Select(_ => Batch())];

    private List<object> Batch()
    {
        var batch = new List<object>();
        var touched = new HashSet<Guid>();
        for (var i = random.Next(4, 12); i > 0; i--)
        {
            batch.AddRange(random.Next(10) switch
            {
                0 or 1 => [Register(touched)],
                2 => ClientChange(touched),
                3 => Merge(touched),
                4 => [Activity()],
                _ => [ServiceChange()],
            });
        }

        // Redeliveries: a few events again, anywhere in the batch.
        foreach (var again in batch.Where(_ => random.Next(8) == 0).ToList())
        {
            batch.Insert(random.Next(batch.Count + 1), again);
        }

        return batch;
    }

    private ClientRegistered Register(HashSet<Guid> touched)
    {
        var (id, centre) = (Guid.CreateVersion7(), Pick(Centres));
        _clients.Add((id, centre, []));
        touched.Add(id);
        var anonymous = random.Next(4) == 0;
        var band = year - 85 + (5 * random.Next(15));
        return new ClientRegistered(id, centre, $"{centre}-MAIN", $"C-{random.Next(100000)}", anonymous,
            Pick<string?>(["female", "male", null]), anonymous ? null : year - 85 + random.Next(80), Pick(Nationalities),
            new DateOnly(year, 1, 1), anonymous ? $"{band}-{band + 4}" : null);
    }

    private IEnumerable<object> ClientChange(HashSet<Guid> touched)
    {
        var live = _clients.Where(c => !_gone.Contains(c.Id) && touched.Add(c.Id)).ToList();
        if (live.Count == 0)
        {
            return [];
        }

        var client = Pick(live);
        switch (random.Next(5))
        {
            case 0:
                _gone.Add(client.Id);
                return [new ClientAnonymised(client.Id, client.Centre)];
            case 1:
                return [new ClientProfileChanged(client.Id, client.Centre, $"{client.Centre}-MAIN", Pick<string?>(["female", "male"]),
                    year - 85 + random.Next(80), Pick(Nationalities))];
            default:
                // Statuses in the past and in the future, each from its own day.
                var days = Enumerable.Range(0, random.Next(0, 4)).Select(_ => new DateOnly(year - 1, 6, 1).AddDays(random.Next(730))).Distinct();
                return [Residence(client.Id, client.Centre, [.. days.Select(d => new ResidenceCategorySince(Pick(Categories), d))])];
        }
    }

    private IEnumerable<object> Merge(HashSet<Guid> touched)
    {
        var live = _clients.Where(c => !_gone.Contains(c.Id) && !touched.Contains(c.Id)).ToList();
        if (live.Count < 2)
        {
            return [];
        }

        var (survivor, merged) = (Pick(live), Pick(live));
        if (survivor.Id == merged.Id)
        {
            return [];
        }

        touched.UnionWith([survivor.Id, merged.Id]);
        _gone.Add(merged.Id);
        var statuses = survivor.Statuses.Concat(merged.Statuses.Where(m => survivor.Statuses.All(s => s.ValidFrom != m.ValidFrom))).ToList();
        return merged.Statuses.Count == 0
            ? [new ClientsMerged(survivor.Id, merged.Id, survivor.Centre)]
            : [new ClientsMerged(survivor.Id, merged.Id, survivor.Centre), Residence(survivor.Id, survivor.Centre, statuses)];
    }

    private ClientResidenceStatusChanged Residence(Guid id, string centre, IReadOnlyList<ResidenceCategorySince> statuses)
    {
        var index = _clients.FindIndex(c => c.Id == id);
        _clients[index] = _clients[index] with { Statuses = statuses };
        return new ClientResidenceStatusChanged(id, centre, null, null, null, null, statuses);
    }

    private object ServiceChange()
    {
        if (_services.Count > 0 && random.Next(3) == 0)
        {
            var (id, (centre, date, revision)) = Pick(_services.ToList());
            if (random.Next(4) == 0)
            {
                return new ServiceCancelled(id, centre, date);
            }

            var s = Content(id);
            _services[id] = (s.Centre, s.Date, revision + 1);
            return new ServiceCorrected(id, s.Centre, s.Workplace, s.Date, s.Minutes, s.ServiceType, s.Form, s.PlaceType, null,
                s.Topics, s.InterpreterLanguage, false, s.ClientIds, s.AudienceSize, null, revision + 1);
        }

        var service = Content(Guid.CreateVersion7());
        _services[service.ServiceId] = (service.Centre, service.Date, 1);
        return service;
    }

    /// <summary>Up to three clients (merged ones too, rarely), or an unregistered audience only.</summary>
    private ServiceRecorded Content(Guid id)
    {
        var centre = Pick(Centres);
        var clients = _clients.Count == 0 ? [] : Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(_clients).Id).Distinct().ToArray();
        return new ServiceRecorded(id, centre, Samples.WorkplaceOf(centre), new DateOnly(year, 1, 1).AddDays(random.Next(365)),
            15 * random.Next(1, 9), Pick(Types), Pick(Forms), Pick(["workplace", "dormitory"]), null,
            [.. Topics.Where(_ => random.Next(2) == 0)], Pick<string?>(["uk", "vi", null, null]), false, clients,
            clients.Length == 0 ? random.Next(1, 30) : null, null);
    }

    /// <summary>A field visit, case, referral or interpreter booking event (<see cref="ActivityModel"/>).</summary>
    private object Activity()
    {
        var centre = Pick(Centres);
        return activities.Next(centre, Samples.WorkplaceOf(centre), year);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
