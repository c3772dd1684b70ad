using Cpic.Monitoring.Contracts;
using Cpic.Monitoring.Domain;
using Marten;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>
/// <see cref="IMonitoringLocalities"/> over the centre's <see cref="Locality"/> documents. Public only so that
/// Wolverine's generated handler code can create it for the handlers that take <see cref="IMonitoringLocalities"/>.
/// </summary>
public sealed class MonitoringLocalities(IDocumentStore store) : IMonitoringLocalities
{
    public async Task<IReadOnlyList<Guid>> UnknownAsync(string centre, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var session = store.QuerySession(centre);
        var known = (await session.Query<Locality>().Where(l => l.Id.IsOneOf(ids.ToArray())).Select(l => l.Id).ToListAsync(ct)).ToHashSet();
        return [.. ids.Where(id => !known.Contains(id))];
    }
}
