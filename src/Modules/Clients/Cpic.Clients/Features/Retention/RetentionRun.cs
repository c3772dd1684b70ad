namespace Cpic.Clients.Features.Retention;

/// <summary>
/// One run of the retention policy: when, for which date, for every centre (the daily run, <see cref="Centre"/> null) or
/// one (run by its centre head), and how many records it sent to anonymisation in each centre. Ids and counts only.
/// </summary>
internal sealed class RetentionRun
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public DateOnly On { get; set; }
    public string? Centre { get; set; }
    public string By { get; set; } = "";
    public Dictionary<string, int> Anonymised { get; set; } = [];
}

/// <summary>A run of the retention policy as a centre head sees it.</summary>
/// <param name="Id">The run (runs sort by it).</param>
/// <param name="At" example="2026-12-04T01:30:00Z">When it ran.</param>
/// <param name="On" example="2026-12-04">The date it applied the policy for.</param>
/// <param name="Scope" example="all-centres">all-centres (the daily run) or centre (run now by the centre head).</param>
/// <param name="By" example="system:retention">system:retention, or the user id of the centre head.</param>
/// <param name="Anonymised" example="3">Records of the caller's centre it anonymised.</param>
public sealed record RetentionRunResponse(Guid Id, DateTimeOffset At, DateOnly On, string Scope, string By, int Anonymised)
{
    internal static RetentionRunResponse From(RetentionRun run, string centre) =>
        new(run.Id, run.At, run.On, run.Centre is null ? "all-centres" : "centre", run.By, run.Anonymised.GetValueOrDefault(centre));
}
