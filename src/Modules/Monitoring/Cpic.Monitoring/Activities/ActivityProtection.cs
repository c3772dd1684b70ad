using Cpic.Monitoring.Statistics;

namespace Cpic.Monitoring.Activities;

/// <summary>
/// Public activity figures (ADR 0143): every list whose cells add up to a shown figure is one line of secondary
/// suppression, and so are the three parts of the people reached by audiences (services, sessions, field visits).
/// </summary>
internal static class ActivityProtection
{
    public static ActivityStatistics Protect(ActivityStatistics a)
    {
        var audiences = a.Audiences;
        var parts = Line([new CountRow("services", audiences.Services), new CountRow("sessions", audiences.Sessions),
            new CountRow("fieldVisits", audiences.FieldVisits)]);
        return a with
        {
            FieldVisits = a.FieldVisits with { ByPlaceType = Visits(a.FieldVisits.ByPlaceType), ByWorkplace = Visits(a.FieldVisits.ByWorkplace) },
            Audiences = audiences with
            {
                Services = parts[0].Count, Sessions = parts[1].Count, FieldVisits = parts[2].Count,
                ByServiceType = SecondarySuppression.Apply(audiences.ByServiceType,
                    (r => r.PeopleReached, (r, c) => r with { PeopleReached = c })),
            },
            Cases = a.Cases with { ClosedByReason = Line(a.Cases.ClosedByReason) },
            Referrals = a.Referrals with
            {
                ByDirection = Line(a.Referrals.ByDirection), ByPartnerType = Line(a.Referrals.ByPartnerType),
                ByStatus = Line(a.Referrals.ByStatus),
            },
            InterpreterBookings = a.InterpreterBookings with
            {
                ByLanguage = SecondarySuppression.Apply(a.InterpreterBookings.ByLanguage, (r => r.Bookings, (r, c) => r with { Bookings = c })),
            },
        };
    }

    private static IReadOnlyList<FieldVisitRow> Visits(IReadOnlyList<FieldVisitRow> rows) =>
        SecondarySuppression.Apply(rows, (r => r.PeopleReached, (r, c) => r with { PeopleReached = c }));

    private static IReadOnlyList<CountRow> Line(IReadOnlyList<CountRow> rows) =>
        SecondarySuppression.Apply(rows, (r => r.Count, (r, c) => r with { Count = c }));
}
