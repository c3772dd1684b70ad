using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using Cpic.Platforms.Contracts;
using Marten;

namespace Cpic.Monitoring.Network;

/// <summary>
/// Network facts from the Platforms module's events, each row keyed by its own id so that a redelivery rewrites rather
/// than adds; a resolution handled before its proposal was raised still lands (messages may arrive out of order).
/// </summary>
public static class NetworkFactsHandler
{
    public static async Task Handle(ActorJoined e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.network_actors (actor_id, centre, region, actor_type, joined_on) values (?, ?, ?, ?, ?)
            on conflict (actor_id) do update set actor_type = excluded.actor_type, joined_on = excluded.joined_on
            """, e.ActorId, e.Centre, await RegionAsync(session, e.Centre, ct), e.ActorType, e.JoinedOn);

    public static async Task Handle(MeetingHeld e, IDocumentSession session, CancellationToken ct)
    {
        session.QueueSqlCommand("""
            insert into monitoring.network_meetings (meeting_id, centre, region, date, body_kind, organised_by_centre, themes, new_actors)
            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (meeting_id) do nothing
            """, e.MeetingId, e.Centre, await RegionAsync(session, e.Centre, ct), e.Date, e.BodyKind, e.OrganisedByCentre,
            e.Themes.ToArray(), e.NewActors);
        foreach (var actor in e.Actors)
        {
            session.QueueSqlCommand(
                "insert into monitoring.network_attendance (meeting_id, actor_id, actor_type) values (?, ?, ?) on conflict do nothing",
                e.MeetingId, actor.ActorId, actor.ActorType);
        }
    }

    public static async Task Handle(ProposalRaised e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.network_proposals (proposal_id, centre, region, raised_on) values (?, ?, ?, ?)
            on conflict (proposal_id) do update set raised_on = excluded.raised_on
            """, e.ProposalId, e.Centre, await RegionAsync(session, e.Centre, ct), e.Date);

    /// <summary>The latest outcome by date wins (accepted, then implemented).</summary>
    public static async Task Handle(ProposalResolved e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.network_proposals (proposal_id, centre, region, outcome, resolved_on) values (?, ?, ?, ?, ?)
            on conflict (proposal_id) do update set outcome = excluded.outcome, resolved_on = excluded.resolved_on
            where network_proposals.resolved_on is null or network_proposals.resolved_on <= excluded.resolved_on
            """, e.ProposalId, e.Centre, await RegionAsync(session, e.Centre, ct), e.Outcome, e.Date);

    /// <summary>
    /// One row per round: a redelivery rewrites it, and of two closes of the same round (one arriving late) the later
    /// close wins, so a round is never counted twice.
    /// </summary>
    public static async Task Handle(EvaluationClosed e, IDocumentSession session, CancellationToken ct) =>
        session.QueueSqlCommand("""
            insert into monitoring.network_evaluations (round_id, centre, region, body_kind, year, closed_at, closed_on, invited,
                responses, usefulness, information) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (round_id) do update set body_kind = excluded.body_kind, year = excluded.year, closed_at = excluded.closed_at,
                closed_on = excluded.closed_on, invited = excluded.invited, responses = excluded.responses,
                usefulness = excluded.usefulness, information = excluded.information
            where network_evaluations.closed_at <= excluded.closed_at
            """, e.RoundId, e.Centre, await RegionAsync(session, e.Centre, ct), e.BodyKind, e.Year, e.ClosedAt,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.ClosedAt, Clock.Prague).DateTime), e.Invited, e.Responses,
            e.Usefulness.Counts.ToArray(), e.Information.Counts.ToArray());

    private static async Task<string> RegionAsync(IDocumentSession session, string centre, CancellationToken ct) =>
        (await session.FindCentreAsync(centre, ct))?.Region ?? "";
}
