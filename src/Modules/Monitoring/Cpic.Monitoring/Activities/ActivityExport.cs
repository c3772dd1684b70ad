namespace Cpic.Monitoring.Activities;

/// <summary>One line of the activity figures in the CSV/XLSX table; null where the line has no such figure.</summary>
internal sealed record ActivityLine(string Section, string? Code, string? Count, string? Places, string? PeopleReached, string? Minutes);

/// <summary>The activity figures as lines of the export table: every figure of the JSON <c>activities</c>.</summary>
internal static class ActivityExport
{
    public static IEnumerable<ActivityLine> Lines(ActivityStatistics a)
    {
        const string s = "activities.";
        var (v, au, c, r, i) = (a.FieldVisits, a.Audiences, a.Cases, a.Referrals, a.InterpreterBookings);
        yield return new($"{s}fieldVisits", null, Text(v.Visits), Text(v.Places), v.PeopleReached.ToString(), Text(v.Minutes));
        foreach (var (section, rows) in new[] { ("placeType", v.ByPlaceType), ("workplace", v.ByWorkplace) })
        {
            foreach (var row in rows)
            {
                yield return new($"{s}fieldVisits.{section}", row.Code, Text(row.Visits), Text(row.Places), row.PeopleReached.ToString(), null);
            }
        }

        yield return new($"{s}audiences", null, null, null, au.PeopleReached.ToString(), null);
        foreach (var (part, cell) in new[] { ("services", au.Services), ("sessions", au.Sessions), ("fieldVisits", au.FieldVisits) })
        {
            yield return new($"{s}audiences.part", part, null, null, cell.ToString(), null);
        }

        foreach (var row in au.ByServiceType)
        {
            yield return new($"{s}audiences.serviceType", row.Code, Text(row.Services), null, row.PeopleReached.ToString(), null);
        }

        foreach (var (name, cell) in new[] { ("opened", c.Opened), ("closed", c.Closed), ("openAtEnd", c.OpenAtEnd) })
        {
            yield return new($"{s}cases.{name}", null, cell.ToString(), null, null, null);
        }

        var counts = new[]
        {
            ("cases.closedByReason", c.ClosedByReason), ("referrals.direction", r.ByDirection),
            ("referrals.partnerType", r.ByPartnerType), ("referrals.status", r.ByStatus),
        };
        yield return new($"{s}referrals", null, r.Referrals.ToString(), null, null, null);
        foreach (var (section, rows) in counts)
        {
            foreach (var row in rows)
            {
                yield return new($"{s}{section}", row.Code, row.Count.ToString(), null, null, null);
            }
        }

        yield return new($"{s}interpreterBookings", null, i.Bookings.ToString(), null, null, Text(i.Minutes));
        foreach (var row in i.ByLanguage)
        {
            yield return new($"{s}interpreterBookings.language", row.Code, row.Bookings.ToString(), null, null, Text(row.Minutes));
        }
    }

    private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
