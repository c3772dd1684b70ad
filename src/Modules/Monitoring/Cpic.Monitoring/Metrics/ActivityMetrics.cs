using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Contracts;
using Cpic.Monitoring.Activities;

namespace Cpic.Monitoring.Metrics;

/// <summary>
/// The activity metrics of the catalogue (<see cref="MetricCatalogue"/>): each a figure of <c>activities</c> in
/// <c>GET /statistics</c>, the total or, with its one filter, the row of that code (0 when there is none).
/// </summary>
internal static class ActivityMetrics
{
    private static readonly MetricFilter FieldPlaceType = MetricFilter.OneOf("placeType", CounsellingCodes.FieldPlaceTypes);
    private static readonly MetricFilter CloseReason = MetricFilter.OneOf("closeReason", CounsellingCodes.CloseReasons);
    private static readonly MetricFilter Direction = MetricFilter.OneOf("direction", CounsellingCodes.ReferralDirections);
    private static readonly MetricFilter PartnerType = MetricFilter.OneOf("partnerType", CounsellingCodes.PartnerTypes);
    private static readonly MetricFilter Status = MetricFilter.OneOf("status", CounsellingCodes.ReferralStatuses);
    private static readonly MetricFilter Language = new("interpreterLanguage", null, CodeLists.Languages.Contains,
        $"a code of /api/v1/reference/{CodeLists.Languages.Name}");
    private static readonly MetricFilter ServiceType = new("serviceType", null, CodeLists.ServiceTypes.Contains,
        $"a code of /api/v1/reference/{CodeLists.ServiceTypes.Name}");

    public static readonly IReadOnlyList<Metric> All =
    [
        Of("fieldVisits", "Terénní výjezdy", "Field visits", "Field visits dated in the period (by place type).",
            a => a.FieldVisits.Visits, (FieldPlaceType, (a, c) => Row(a.FieldVisits.ByPlaceType, c)?.Visits ?? 0)),
        Of("fieldPlaces", "Navštívená místa", "Places visited",
            "Distinct places (name and town) visited in the period (by place type, e.g. dormitories).",
            a => a.FieldVisits.Places, (FieldPlaceType, (a, c) => Row(a.FieldVisits.ByPlaceType, c)?.Places ?? 0)),
        Of("fieldPeopleReached", "Oslovení v terénu", "People reached in the field",
            "People reached by the field visits of the period (by place type).", a => a.FieldVisits.PeopleReached.Value,
            (FieldPlaceType, (a, c) => Row(a.FieldVisits.ByPlaceType, c)?.PeopleReached.Value ?? 0)),
        Of("serviceAudience", "Posluchači služeb", "Audience of services",
            "The unregistered audience (audienceSize) of the services of the period (by service type).",
            a => a.Audiences.Services.Value, (ServiceType, (a, c) => Row(a.Audiences.ByServiceType, c)?.PeopleReached.Value ?? 0)),
        Of("peopleReached", "Oslovení lidé", "People reached",
            "The audiences of services and of course sessions and the people reached by field visits in the period.",
            a => a.Audiences.PeopleReached.Value),
        Of("casesOpened", "Otevřené zakázky", "Cases opened", "Cases opened in the period.", a => a.Cases.Opened.Value),
        Of("casesClosed", "Uzavřené zakázky", "Cases closed", "Cases closed in the period (by reason).",
            a => a.Cases.Closed.Value, (CloseReason, (a, c) => Row(a.Cases.ClosedByReason, c)?.Count.Value ?? 0)),
        Of("casesOpenAtEnd", "Zakázky otevřené ke konci období", "Cases open at the end",
            "Cases opened by the period's last day and not closed by then.", a => a.Cases.OpenAtEnd.Value),
        Of("referrals", "Předání partnerům", "Referrals",
            "Referrals dated in the period (by direction, partner type or current status).", a => a.Referrals.Referrals.Value,
            (Direction, (a, c) => Row(a.Referrals.ByDirection, c)?.Count.Value ?? 0),
            (PartnerType, (a, c) => Row(a.Referrals.ByPartnerType, c)?.Count.Value ?? 0),
            (Status, (a, c) => Row(a.Referrals.ByStatus, c)?.Count.Value ?? 0)),
        Of("interpreterBookings", "Rezervace tlumočníků", "Interpreter bookings",
            "Interpreter bookings dated in the period (by language).", a => a.InterpreterBookings.Bookings.Value,
            (Language, (a, c) => Row(a.InterpreterBookings.ByLanguage, c)?.Bookings.Value ?? 0)),
    ];

    private static Metric Of(string name, string cs, string en, string definition, Func<ActivityStatistics, decimal> total,
        params (MetricFilter Filter, Func<ActivityStatistics, string, decimal> Row)[] filters) =>
        Metric.OfStatistics(name, cs, en, definition, [.. filters.Select(f => f.Filter)], (result, picked) => picked switch
        {
            [] => total(result.Activities),
            [var (filter, code)] => filters.First(f => f.Filter == filter).Row(result.Activities, code),
            _ => throw new ArgumentException("An activity metric takes one filter."),
        }, 1);

    private static T? Row<T>(IEnumerable<T> rows, string code) where T : class, ICodedRow =>
        rows.FirstOrDefault(r => r.Code == code);
}
