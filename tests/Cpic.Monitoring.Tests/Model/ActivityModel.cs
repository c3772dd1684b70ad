using System.Text.Json;
using Cpic.Counselling.Contracts;

namespace Cpic.Monitoring.Tests.Model;

/// <summary>
/// Field visits, cases, referrals and interpreter bookings in a history: <see cref="Next"/> makes a random event
/// (a case closed after it was opened, a referral's status moved along sent → accepted → completed or declined, with
/// its version), <see cref="Apply"/> records what it means whatever the order the events arrive in, and
/// <see cref="Expected"/> and <see cref="Read"/> give the activity figures of a period and scope as one text.
/// </summary>
internal sealed class ActivityModel(Random random)
{
    private static readonly string[] Places = ["Ubytovna Sever", "ubytovna  sever", "Ubytovna Jih", "Preciosa"];
    private readonly List<(Guid Id, string Centre, DateOnly Opened)> _open = [];
    private readonly List<(Guid Id, string Centre, string Status, int Version)> _referrals = [];

    private readonly List<FieldVisitRecorded> _visits = [];
    private readonly Dictionary<Guid, (string? Centre, string? Workplace, DateOnly? Opened, DateOnly? Closed, string? Reason)> _cases = [];
    private readonly Dictionary<Guid, (ReferralMade? Made, string Status, int Version)> _referralState = [];
    private readonly List<InterpreterBooked> _bookings = [];

    public object Next(string centre, string workplace, int year)
    {
        var date = new DateOnly(year, 1, 1).AddDays(random.Next(365));
        switch (random.Next(6))
        {
            case 0:
                var place = Places[random.Next(Places.Length)];
                return new FieldVisitRecorded(Guid.NewGuid(), centre, workplace, date, place.StartsWith('P') ? "company" : "dormitory",
                    place, "Liberec", random.Next(0, 30), ["housing"], 60, string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant() + "|liberec");
            case 1 when _open.Count > 0:
                var open = _open[random.Next(_open.Count)];
                _open.Remove(open);
                return new CaseClosed(open.Id, open.Centre, Guid.NewGuid(), open.Opened.AddDays(random.Next(0, 200)),
                    random.Next(2) == 0 ? "goal-achieved" : "no-contact");
            case 2 when _referrals.Count > 0:
                var referral = _referrals[random.Next(_referrals.Count)];
                var status = (referral.Status, random.Next(2)) switch
                {
                    ("sent", 0) or ("accepted", 0) => "declined",
                    ("sent", _) => "accepted",
                    ("accepted", _) => "completed",
                    _ => null,
                };
                if (status is null) break;
                _referrals[_referrals.IndexOf(referral)] = referral with { Status = status, Version = referral.Version + 1 };
                return new ReferralStatusChanged(referral.Id, referral.Centre, status, referral.Version + 1);
            case 3:
                var made = new ReferralMade(Guid.NewGuid(), centre, Guid.NewGuid(), random.Next(2) == 0 ? "outgoing" : "incoming",
                    random.Next(2) == 0 ? "labour-office" : "ngo", date);
                _referrals.Add((made.ReferralId, centre, "sent", 1));
                return made;
            case 4:
                return new InterpreterBooked(Guid.NewGuid(), centre, date, 30 * random.Next(1, 4), random.Next(2) == 0 ? "vi" : "uk");
        }

        var opened = new CaseOpened(Guid.NewGuid(), centre, workplace, Guid.NewGuid(), date);
        _open.Add((opened.CaseId, centre, date));
        return opened;
    }

    public void Apply(object e)
    {
        switch (e)
        {
            case FieldVisitRecorded v when _visits.All(x => x.VisitId != v.VisitId):
                _visits.Add(v);
                break;
            case CaseOpened o:
                _cases[o.CaseId] = _cases.GetValueOrDefault(o.CaseId) with { Centre = o.Centre, Workplace = o.Workplace, Opened = o.Date };
                break;
            case CaseClosed c:
                _cases[c.CaseId] = _cases.GetValueOrDefault(c.CaseId) with { Closed = c.Date, Reason = c.Reason };
                break;
            case ReferralMade m:
                _referralState[m.ReferralId] = _referralState.GetValueOrDefault(m.ReferralId, (null, "sent", 1)) with { Made = m };
                break;
            case ReferralStatusChanged s when _referralState.GetValueOrDefault(s.ReferralId, (null, "sent", 1)).Version < s.Version:
                _referralState[s.ReferralId] = _referralState.GetValueOrDefault(s.ReferralId, (null, "sent", 1)) with { Status = s.Status, Version = s.Version };
                break;
            case InterpreterBooked b when _bookings.All(x => x.BookingId != b.BookingId):
                _bookings.Add(b);
                break;
        }
    }

    /// <summary>The figures by the definitions; <paramref name="inScope"/> takes a centre and a workplace (null: none).</summary>
    public string Expected(DateOnly from, DateOnly to, Func<string, string?, bool> inScope, bool workplaceScope, long serviceAudience)
    {
        bool In(DateOnly? d) => d >= from && d <= to;
        var visits = _visits.Where(v => In(v.Date) && inScope(v.Centre, v.Workplace)).ToList();
        var cases = _cases.Values.Where(c => c.Centre is not null && inScope(c.Centre, c.Workplace)).ToList();
        var referrals = workplaceScope ? [] : _referralState.Values.Where(r => r.Made is { } m && In(m.Date) && inScope(m.Centre, null)).ToList();
        var bookings = workplaceScope ? [] : _bookings.Where(b => In(b.Date) && inScope(b.Centre, null)).ToList();
        return Text(visits.Count, visits.Select(v => v.PlaceKey).Distinct().Count(), visits.Sum(v => v.PeopleReached), serviceAudience,
            cases.Count(c => In(c.Opened)), cases.Count(c => In(c.Closed)),
            cases.Count(c => c.Opened <= to && !(c.Closed <= to)),
            referrals.GroupBy(r => r.Status).Select(g => (g.Key, (long)g.Count())),
            bookings.GroupBy(b => b.Language).Select(g => (g.Key, (long)g.Count())));
    }

    /// <summary>The same figures from the <c>activities</c> of a statistics response.</summary>
    public static string Read(JsonElement activities)
    {
        long N(JsonElement e, string name) => e.GetProperty(name).GetInt64();
        IEnumerable<(string, long)> Rows(JsonElement rows, string figure) =>
            rows.EnumerateArray().Select(r => (r.GetProperty("code").GetString()!, r.GetProperty(figure).GetInt64()));
        var (v, c, r) = (activities.GetProperty("fieldVisits"), activities.GetProperty("cases"), activities.GetProperty("referrals"));
        return Text(N(v, "visits"), N(v, "places"), N(v, "peopleReached"), N(activities.GetProperty("audiences"), "services"),
            N(c, "opened"), N(c, "closed"), N(c, "openAtEnd"), Rows(r.GetProperty("byStatus"), "count"),
            Rows(activities.GetProperty("interpreterBookings").GetProperty("byLanguage"), "bookings"));
    }

    private static string Text(long visits, long places, long people, long audience, long opened, long closed, long openAtEnd,
        IEnumerable<(string, long)> referrals, IEnumerable<(string, long)> bookings) =>
        $"visits {visits} places {places} people {people} audience {audience} cases {opened}/{closed}/{openAtEnd} " +
        $"referrals {string.Join(',', referrals.OrderBy(x => x.Item1, StringComparer.Ordinal))} " +
        $"bookings {string.Join(',', bookings.OrderBy(x => x.Item1, StringComparer.Ordinal))}";
}
