using Cpic.Monitoring.Activities;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Statistics of a period and scope. <c>Breakdowns</c> holds one list per dimension (serviceType, form, placeType,
/// topic, interpreterLanguage, nationality, residenceCategory, sex, ageBand, centre, workplace, region, month);
/// <c>CrossTable</c> is present when <c>groupBy</c> named dimensions. <c>Activities</c> counts what the centres do
/// beyond services to clients: field visits, audiences, cases, referrals and interpreter bookings.
/// </summary>
internal sealed record StatisticsResult(
    string DefinitionVersion, StatisticsPeriod Period, StatisticsScope Scope, bool Public, StatisticsTotals Totals,
    IReadOnlyDictionary<string, IReadOnlyList<StatisticsRow>> Breakdowns, CrossTable? CrossTable,
    CourseStatistics Courses, ActivityStatistics Activities);

internal sealed record StatisticsPeriod(DateOnly From, DateOnly To);

internal sealed record StatisticsScope(string? Centre, string? Workplace, string? Region);

/// <summary>Headline figures; <c>Countries</c> is the number of distinct nationalities among the clients.</summary>
internal sealed record StatisticsTotals(
    Cell Clients, Cell Services, decimal? ServicesPerClient, Cell Minutes, Cell InterpretedServices, long Countries);

/// <summary>
/// One value of a dimension (<c>Code</c> null = not recorded). For client dimensions <c>Services</c> counts services
/// received (a group service once per client) and <c>Minutes</c> is absent.
/// </summary>
internal sealed record StatisticsRow(string? Code, Cell Clients, Cell Services, Cell? Minutes);

internal sealed record CrossTable(IReadOnlyList<string> Dimensions, IReadOnlyList<CrossTableRow> Rows);

internal sealed record CrossTableRow(IReadOnlyList<string?> Keys, Cell Clients, Cell Services, Cell? Minutes);
