using Cpic.BuildingBlocks.Auth;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.BuildingBlocks.Audit;

/// <summary>
/// The access log of personal data, shared by every module whose answers name clients or partners' people: one
/// entry per subject an answer names, written in one batched insert before the answer leaves the server, in the
/// caller's centre. An empty answer writes nothing. Stored in <c>audit.mt_doc_accesslogentry</c>.
/// </summary>
public static class AccessLog
{
    public const string ReasonHeader = "X-Access-Reason";
    public const string Schema = "audit";

    /// <summary>The table and its indexes; called by the store's setup.</summary>
    public static void Configure(StoreOptions options) =>
        options.Schema.For<AccessLogEntry>().DatabaseSchemaName(Schema).Index(a => a.ClientId).Index(a => a.PersonId);

    /// <summary>Logs the clients an answer names, through the request's session.</summary>
    public static Task RecordClientsAsync(this HttpContext http, IEnumerable<Guid> clientIds, string action,
        CancellationToken ct) => RecordAsync(http.RequestServices.GetRequiredService<IDocumentSession>(), http, clientIds, action, ct);

    /// <summary>Logs the partners' people an answer names (Platforms).</summary>
    public static Task RecordPeopleAsync(this HttpContext http, IEnumerable<Guid> personIds, string action,
        CancellationToken ct) => WriteAsync(http.RequestServices.GetRequiredService<IDocumentSession>(), http,
            personIds.Distinct().Select(id => new AccessLogEntry { PersonId = id }), action, ct);

    /// <summary>Logs the clients an answer names through <paramref name="session"/> (saved with it).</summary>
    public static Task RecordAsync(IDocumentSession session, HttpContext http, IEnumerable<Guid> clientIds, string action,
        CancellationToken ct) =>
        WriteAsync(session, http, clientIds.Distinct().Select(id => new AccessLogEntry { ClientId = id }), action, ct);

    private static async Task WriteAsync(IDocumentSession session, HttpContext http, IEnumerable<AccessLogEntry> subjects,
        string action, CancellationToken ct)
    {
        var reason = http.Request.Headers[ReasonHeader].ToString();
        var (user, at) = (http.User.UserId(), http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var entries = subjects.ToList();
        if (entries.Count == 0)
        {
            return;
        }

        foreach (var entry in entries)
        {
            (entry.Id, entry.User, entry.At, entry.Action) = (Guid.CreateVersion7(), user, at, action);
            entry.Reason = reason.Length == 0 ? null : reason[..Math.Min(reason.Length, 500)];
        }

        session.Insert<AccessLogEntry>([.. entries]);
        await session.SaveChangesAsync(ct);
    }
}
