using Cpic.BuildingBlocks.Auth;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Cpic.Clients.Domain;

internal static class AccessLog
{
    public const string ReasonHeader = "X-Access-Reason";

    /// <summary>Writes an entry for a read of a client's personal data, before the data leave the server.</summary>
    public static async Task RecordAsync(IDocumentSession session, HttpContext http, Guid clientId, string action,
        CancellationToken ct)
    {
        var reason = http.Request.Headers[ReasonHeader].ToString();
        session.Insert(new AccessLogEntry
        {
            Id = Guid.CreateVersion7(), ClientId = clientId, User = http.User.UserId(), At = DateTimeOffset.UtcNow,
            Action = action, Reason = reason.Length == 0 ? null : reason[..Math.Min(reason.Length, 500)],
        });
        await session.SaveChangesAsync(ct);
    }
}
