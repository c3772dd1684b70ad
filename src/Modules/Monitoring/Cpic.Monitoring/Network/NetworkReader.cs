using Marten;

namespace Cpic.Monitoring.Network;

/// <summary>The SQL behind <see cref="NetworkFigures"/>: each figure one grouped query over the network tables.</summary>
internal sealed class NetworkReader(IQuerySession session, DateOnly from, DateOnly to, string? centre, string? region)
{
    // Every query ends with the same scope: a centre and a region when given ('' for any).
    private const string Scope = "(? = '' or m.centre = ?) and (? = '' or m.region = ?)";

    public async Task<NetworkFigures> ReadAsync(CancellationToken ct)
    {
        var meetings = await Rows<MeetingFigure>($"""
            select jsonb_build_object('bodyKind', body_kind, 'organised', count(*) filter (where organised_by_centre),
                'attended', count(*) filter (where not organised_by_centre))
            from monitoring.network_meetings m where m.date between ? and ? and {Scope} group by body_kind order by body_kind
            """, ct, from, to);
        var bilateral = await Rows<ActorTypeFigure>($"""
            select jsonb_build_object('actorType', a.actor_type, 'meetings', count(distinct m.meeting_id))
            from monitoring.network_meetings m join monitoring.network_attendance a on a.meeting_id = m.meeting_id
            where m.body_kind = 'bilateral' and m.date between ? and ? and {Scope} group by a.actor_type order by a.actor_type
            """, ct, from, to);
        var actors = await Rows<ActorFigure>($"""
            select jsonb_build_object('actorType', m.actor_type, 'registered', count(*) filter (where m.joined_on <= ?),
                'new', count(*) filter (where f.first between ? and ?))
            from monitoring.network_actors m left join (select a.actor_id, min(n.date) as first from monitoring.network_attendance a
                join monitoring.network_meetings n on n.meeting_id = a.meeting_id group by a.actor_id) f on f.actor_id = m.actor_id
            where {Scope} group by m.actor_type order by m.actor_type
            """, ct, to, from, to);
        var proposals = (await Rows<ProposalFigures>($"""
            select jsonb_build_object('raised', count(*) filter (where raised_on between ? and ?),
                'accepted', count(*) filter (where outcome = 'accepted' and resolved_on between ? and ?),
                'rejected', count(*) filter (where outcome = 'rejected' and resolved_on between ? and ?),
                'implemented', count(*) filter (where outcome = 'implemented' and resolved_on between ? and ?))
            from monitoring.network_proposals m where {Scope}
            """, ct, from, to, from, to, from, to, from, to)).Single();
        var evaluations = (await Rows<EvaluationRow>($"""
            select jsonb_build_object('closed', count(*), 'invited', coalesce(sum(invited), 0), 'responses', coalesce(sum(responses), 0),
                'usefulness', {Counts("usefulness")}, 'information', {Counts("information")})
            from monitoring.network_evaluations m where m.closed_on between ? and ? and {Scope}
            """, ct, from, to)).Single();
        return new NetworkFigures(from, to, centre, region, meetings, bilateral, actors, proposals, EvaluationFigures.Of(evaluations.Closed,
            evaluations.Invited, evaluations.Responses, evaluations.Usefulness, evaluations.Information));
    }

    /// <summary>The five score counts of an array column, summed per score.</summary>
    private static string Counts(string column) =>
        $"jsonb_build_array({string.Join(", ", Enumerable.Range(1, 5).Select(s => $"coalesce(sum({column}[{s}]), 0)"))})";

    private sealed record EvaluationRow(long Closed, long Invited, long Responses, long[] Usefulness, long[] Information);

    /// <summary>Runs <paramref name="sql"/> with its own leading parameters, then the scope's.</summary>
    private async Task<IReadOnlyList<T>> Rows<T>(string sql, CancellationToken ct, params object[] leading) =>
        await session.QueryAsync<T>(sql, ct, [.. leading, centre ?? "", centre ?? "", region ?? "", region ?? ""]);
}
