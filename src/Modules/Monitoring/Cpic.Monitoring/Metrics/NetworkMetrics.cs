using Cpic.Monitoring.Network;
using Cpic.Platforms.Contracts;

namespace Cpic.Monitoring.Metrics;

/// <summary>
/// The network metrics of the catalogue (<see cref="MetricCatalogue"/>): each a figure of <c>GET /network</c> for the
/// centre and period (meetings and actors have no workplace), the total or what the filters select (0 when nothing).
/// </summary>
internal static class NetworkMetrics
{
    private const string Bilateral = "bilateral";

    private static readonly MetricFilter BodyKind = MetricFilter.OneOf("bodyKind", [.. NetworkCodes.BodyKinds.Select(k => k.Code)]);
    private static readonly MetricFilter Role = MetricFilter.OneOf("role", ["organiser", "participant"]);
    private static readonly MetricFilter ActorType = MetricFilter.OneOf("actorType", [.. NetworkCodes.ActorTypes.Select(t => t.Code)]);

    public static readonly IReadOnlyList<Metric> All =
    [
        Metric.OfNetwork("bodyMeetings", "Setkání platforem a pracovních skupin", "Meetings of platforms and working groups",
            "Meetings of bodies (platforms, working groups, commissions...) held in the period, organised by the centre or " +
            "attended at another organiser's body (by body kind; by role: organiser or participant).",
            [BodyKind, Role], (n, picked) => n.Meetings
                .Where(m => m.BodyKind != Bilateral && (Code(picked, BodyKind) ?? m.BodyKind) == m.BodyKind)
                .Sum(m => Code(picked, Role) switch { "organiser" => m.Organised, "participant" => m.Attended, _ => m.Organised + m.Attended })),
        Metric.OfNetwork("bilateralMeetings", "Bilaterální jednání", "Bilateral meetings",
            "Meetings held in the period outside any body (by actor type: with at least one actor of the type present).",
            [ActorType], (n, picked) => Code(picked, ActorType) is { } type
                ? n.BilateralByActorType.FirstOrDefault(b => b.ActorType == type)?.Meetings ?? 0
                : n.Meetings.Where(m => m.BodyKind == Bilateral).Sum(m => m.Organised + m.Attended)),
        Metric.OfNetwork("newActors", "Noví aktéři", "New actors",
            "Actors whose first meeting attended (in a body or bilateral) falls in the period (by actor type).",
            [ActorType], (n, picked) => n.Actors.Where(a => (Code(picked, ActorType) ?? a.ActorType) == a.ActorType).Sum(a => a.New)),
        Metric.OfNetwork("evaluationsClosed", "Uzavřená hodnocení platforem", "Evaluations closed",
            "Yearly evaluations of bodies by their member actors closed in the period.", [], (n, _) => n.Evaluations.Closed),
        Metric.OfNetwork("evaluationUsefulness", "Užitečnost platforem podle aktérů", "Usefulness rated by the actors",
            "Mean usefulness score (1–5, 5 best) of all answers to the evaluations closed in the period; 0 without answers.",
            [], (n, _) => n.Evaluations.Usefulness.Mean ?? 0),
    ];

    private static string? Code(IReadOnlyList<(MetricFilter Filter, string Code)> picked, MetricFilter filter) =>
        picked.FirstOrDefault(p => p.Filter == filter).Code;
}
