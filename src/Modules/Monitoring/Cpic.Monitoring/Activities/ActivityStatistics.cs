using Cpic.Monitoring.Statistics;

namespace Cpic.Monitoring.Activities;

/// <summary>
/// What a centre does beyond services to clients, for the period and scope (docs/statistics.md, "Activities"): field
/// visits, the people reached by audiences, cases, referrals and interpreter bookings. Referrals and interpreter
/// bookings belong to a centre, not a workplace: with a <c>workplace</c> scope they are 0.
/// </summary>
internal sealed record ActivityStatistics(
    FieldVisitStatistics FieldVisits, AudienceStatistics Audiences, CaseStatistics Cases, ReferralStatistics Referrals,
    InterpreterStatistics InterpreterBookings);

/// <summary>
/// Field visits dated in the period: <c>Places</c> counts distinct places (name and town), <c>PeopleReached</c> sums
/// the people reached; by place type and by the workplace the visit counts for.
/// </summary>
internal sealed record FieldVisitStatistics(
    long Visits, long Places, Cell PeopleReached, long Minutes, IReadOnlyList<FieldVisitRow> ByPlaceType,
    IReadOnlyList<FieldVisitRow> ByWorkplace);

/// <param name="Code" example="dormitory">A place type or workplace code.</param>
/// <param name="Visits" example="12">Field visits.</param>
/// <param name="Places" example="5">Distinct places visited.</param>
/// <param name="PeopleReached" example="140">People reached by those visits.</param>
internal sealed record FieldVisitRow(string Code, long Visits, long Places, Cell PeopleReached) : ICodedRow;

/// <summary>
/// People reached, not clients: the unregistered audience of services (<c>audienceSize</c>) and of course sessions
/// held, and the people reached by field visits; <c>PeopleReached</c> is their sum.
/// </summary>
internal sealed record AudienceStatistics(
    Cell PeopleReached, Cell Services, Cell Sessions, Cell FieldVisits, IReadOnlyList<AudienceRow> ByServiceType);

/// <param name="Code" example="information-service">A service type.</param>
/// <param name="Services" example="3">Services of that type with an audience.</param>
/// <param name="PeopleReached" example="60">Their audience.</param>
internal sealed record AudienceRow(string Code, long Services, Cell PeopleReached) : ICodedRow;

/// <summary>Cases opened and closed in the period, and open on its last day (opened by then, not closed by then).</summary>
internal sealed record CaseStatistics(Cell Opened, Cell Closed, Cell OpenAtEnd, IReadOnlyList<CountRow> ClosedByReason);

/// <summary>Referrals dated in the period, by direction, partner type and current status.</summary>
internal sealed record ReferralStatistics(
    Cell Referrals, IReadOnlyList<CountRow> ByDirection, IReadOnlyList<CountRow> ByPartnerType, IReadOnlyList<CountRow> ByStatus);

/// <summary>Interpreter bookings dated in the period and their minutes, by language.</summary>
internal sealed record InterpreterStatistics(Cell Bookings, long Minutes, IReadOnlyList<InterpreterRow> ByLanguage);

/// <param name="Code" example="vi">A language code.</param>
/// <param name="Bookings" example="4">Bookings in that language.</param>
/// <param name="Minutes" example="240">Their minutes.</param>
internal sealed record InterpreterRow(string Code, Cell Bookings, long Minutes) : ICodedRow;

/// <param name="Code" example="goal-achieved">The code counted.</param>
/// <param name="Count" example="7">How many.</param>
internal sealed record CountRow(string Code, Cell Count) : ICodedRow;

/// <summary>A line of an activity list, found by its code (metrics pick one).</summary>
internal interface ICodedRow
{
    string Code { get; }
}
