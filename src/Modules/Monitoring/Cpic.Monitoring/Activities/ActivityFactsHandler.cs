using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Contracts;
using Marten;

namespace Cpic.Monitoring.Activities;

/// <summary>
/// Field visits, cases, referrals and interpreter bookings into <see cref="ActivityTables"/>. Every write is an upsert
/// keyed by the activity's id that a redelivery leaves unchanged, and each event fills only its own columns, so the
/// result is the same in whatever order the events of an activity arrive.
/// </summary>
public static class ActivityFactsHandler
{
    public static async Task Handle(FieldVisitRecorded e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.field_visit_facts (visit_id, seq, centre, region, date, workplace, place_type,
                place_key, people_reached, minutes, topics)
            values (?, nextval('monitoring.fact_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (visit_id) do nothing
            """, e.VisitId, e.Centre, await RegionOf(session, e.Centre, ct), e.Date, e.Workplace, e.PlaceType,
            e.PlaceKey ?? $"{e.PlaceName.Trim().ToLowerInvariant()}|{e.Town.Trim().ToLowerInvariant()}", e.PeopleReached,
            e.Minutes, e.Topics.ToArray());

    public static async Task Handle(CaseOpened e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.case_facts (case_id, seq, centre, region, opened_on, workplace)
            values (?, nextval('monitoring.fact_seq'), ?, ?, ?, ?)
            on conflict (case_id) do update set seq = excluded.seq, region = excluded.region,
                opened_on = excluded.opened_on, workplace = excluded.workplace
            where case_facts.opened_on is null
            """, e.CaseId, e.Centre, await RegionOf(session, e.Centre, ct), e.Date, e.Workplace);

    // Closing is final, so the first close seen is the only one.
    public static async Task Handle(CaseClosed e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.case_facts (case_id, seq, centre, region, closed_on, close_reason)
            values (?, nextval('monitoring.fact_seq'), ?, ?, ?, ?)
            on conflict (case_id) do update set seq = excluded.seq, closed_on = excluded.closed_on,
                close_reason = excluded.close_reason
            where case_facts.closed_on is null
            """, e.CaseId, e.Centre, await RegionOf(session, e.Centre, ct), e.Date, e.Reason);

    public static async Task Handle(ReferralMade e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.referral_facts (referral_id, seq, centre, region, date, direction, partner_type)
            values (?, nextval('monitoring.fact_seq'), ?, ?, ?, ?, ?)
            on conflict (referral_id) do update set seq = excluded.seq, date = excluded.date,
                direction = excluded.direction, partner_type = excluded.partner_type
            where referral_facts.date is null
            """, e.ReferralId, e.Centre, await RegionOf(session, e.Centre, ct), e.Date, e.Direction, e.PartnerType);

    public static async Task Handle(ReferralStatusChanged e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.referral_facts (referral_id, seq, centre, region, status, status_version)
            values (?, nextval('monitoring.fact_seq'), ?, ?, ?, ?)
            on conflict (referral_id) do update set seq = excluded.seq, status = excluded.status,
                status_version = excluded.status_version
            where referral_facts.status_version < excluded.status_version
            """, e.ReferralId, e.Centre, await RegionOf(session, e.Centre, ct), e.Status, e.Version);

    public static async Task Handle(InterpreterBooked e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.interpreter_booking_facts (booking_id, seq, centre, region, date, minutes, language)
            values (?, nextval('monitoring.fact_seq'), ?, ?, ?, ?, ?)
            on conflict (booking_id) do nothing
            """, e.BookingId, e.Centre, await RegionOf(session, e.Centre, ct), e.Date, e.Minutes, e.Language);

    internal static async Task<string> RegionOf(IDocumentSession session, string centre, CancellationToken ct) =>
        (await session.FindCentreAsync(centre, ct))?.Region ?? "";
}
