using System.Security.Claims;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring.Domain;
using Cpic.Monitoring.Statistics;
using Marten;

namespace Cpic.Monitoring.Features.Periods;

/// <summary>Who may touch which centre's periods, and how a period is read with its snapshots and live figures.</summary>
internal static class PeriodAccess
{
    /// <summary>Ministry roles reach every centre; staff only their own (403 otherwise). Unknown centres are 404.</summary>
    public static async Task EnsureReachable(ClaimsPrincipal user, IQuerySession session, string centre, CancellationToken ct)
    {
        if (!user.IsMinistry() && user.CentreCode() != centre)
        {
            throw new OutOfScopeException($"Only staff of centre {centre} and the ministry may see its periods.");
        }

        _ = await session.FindCentreAsync(centre, ct) ?? throw new NotFoundException("Centre", centre);
    }

    public static async Task<IReadOnlyList<PeriodSnapshot>> Snapshots(IQuerySession session, ReportingPeriod period,
        CancellationToken ct) =>
        period.Snapshots == 0 ? [] : await session.LoadManyAsync<PeriodSnapshot>(ct,
            Enumerable.Range(1, period.Snapshots).Select(n => PeriodSnapshot.IdOf(period.Centre, period.Month, n)));

    public static async Task<PeriodView> View(IQuerySession session, IDocumentStore store, ReportingPeriod period,
        CancellationToken ct)
    {
        var snapshots = (await Snapshots(session, period, ct)).OrderBy(s => s.Number).ToList();
        var live = await new StatisticsReader(store).Read(ReportingMonth.Parse(period.Month).Filter(period.Centre), ct);
        return PeriodViews.Create(period, snapshots, live);
    }
}
