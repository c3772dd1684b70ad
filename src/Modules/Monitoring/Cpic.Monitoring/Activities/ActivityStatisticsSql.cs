namespace Cpic.Monitoring.Activities;

/// <summary>
/// One query for every activity figure: a line per (section, code) with a count, distinct places, people and minutes.
/// Each activity is filtered by its date column in the period and by the scope.
/// </summary>
internal static class ActivityStatisticsSql
{
    private const string Scope = "(@centre::text is null or centre = @centre) and (@region::text is null or region = @region)";
    private const string WorkplaceScope = $"{Scope} and (@workplace::text is null or workplace = @workplace)";

    // Referrals and bookings have no workplace: a workplace scope holds none of them.
    private const string CentreScope = $"{Scope} and @workplace::text is null";

    public const string Query = $"""
        with fv as (select * from monitoring.field_visit_facts where date between @from and @to and {WorkplaceScope}),
        sa as (select * from monitoring.service_audiences
               where date between @from and @to and not cancelled and audience > 0 and {WorkplaceScope}),
        ss as (select s.audience from monitoring.course_sessions s
               join monitoring.courses c on c.course_id = s.course_id and not c.cancelled
               where s.date between @from and @to and s.audience > 0
                 and (@centre::text is null or c.centre = @centre) and (@region::text is null or c.region = @region)
                 and (@workplace::text is null or c.workplace = @workplace)),
        cf as (select * from monitoring.case_facts where {WorkplaceScope}),
        rf as (select * from monitoring.referral_facts where date between @from and @to and {CentreScope}),
        ib as (select * from monitoring.interpreter_booking_facts where date between @from and @to and {CentreScope})
        select 'fieldVisits', null, count(*), count(distinct place_key), sum(people_reached), sum(minutes) from fv
        union all
        select 'fieldVisits.placeType', place_type, count(*), count(distinct place_key), sum(people_reached), null
        from fv group by place_type
        union all
        select 'fieldVisits.workplace', workplace, count(*), count(distinct place_key), sum(people_reached), null
        from fv group by workplace
        union all
        select 'audiences.services', null, count(*), null, sum(audience), null from sa
        union all
        select 'audiences.serviceType', service_type, count(*), null, sum(audience), null from sa group by service_type
        union all
        select 'audiences.sessions', null, count(*), null, sum(audience), null from ss
        union all
        select 'cases.opened', null, count(*), null, null, null from cf where opened_on between @from and @to
        union all
        select 'cases.closed', null, count(*), null, null, null from cf where closed_on between @from and @to
        union all
        select 'cases.closedByReason', close_reason, count(*), null, null, null from cf
        where closed_on between @from and @to group by close_reason
        union all
        select 'cases.openAtEnd', null, count(*), null, null, null from cf
        where opened_on <= @to and (closed_on is null or closed_on > @to)
        union all
        select 'referrals', null, count(*), null, null, null from rf
        union all
        select 'referrals.direction', direction, count(*), null, null, null from rf group by direction
        union all
        select 'referrals.partnerType', partner_type, count(*), null, null, null from rf group by partner_type
        union all
        select 'referrals.status', status, count(*), null, null, null from rf group by status
        union all
        select 'interpreterBookings', null, count(*), null, null, sum(minutes) from ib
        union all
        select 'interpreterBookings.language', language, count(*), null, null, sum(minutes) from ib group by language
        """;
}
