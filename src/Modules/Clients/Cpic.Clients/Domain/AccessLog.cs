using Cpic.BuildingBlocks.Auth;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Cpic.Clients.Domain;

internal static class AccessLog
{
    public const string ReasonHeader = "X-Access-Reason";

    /// <summary>Writes an entry for a read of a client's personal data, before the data leave the server.</summary>
    public static Task RecordAsync(IDocumentSession session, HttpContext http, Guid clientId, string action,
        CancellationToken ct) => RecordAsync(session, http, [clientId], action, ct);

    /// <summary>
    /// One entry per client an answer names (a list page, search results), written in one batched insert before the
    /// answer leaves the server. An empty answer writes nothing.
    /// </summary>
    public static async Task RecordAsync(IDocumentSession session, HttpContext http, IEnumerable<Guid> clientIds,
        string action, CancellationToken ct)
    {
        var reason = http.Request.Headers[ReasonHeader].ToString();
        var (user, at) = (http.User.UserId(), DateTimeOffset.UtcNow);
        var entries = clientIds.Distinct().Select(id => new AccessLogEntry
        {
            Id = Guid.CreateVersion7(), ClientId = id, User = user, At = at, Action = action,
            Reason = reason.Length == 0 ? null : reason[..Math.Min(reason.Length, 500)],
        }).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        session.Insert<AccessLogEntry>([.. entries]);
        await session.SaveChangesAsync(ct);
    }
}
