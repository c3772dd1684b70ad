using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpic.Clients.Contracts;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Services;
using Marten;

namespace Cpic.Counselling.Features.DataProtection;

/// <summary>
/// The counselling section of a client's subject access export: every service record (with its revisions), case and
/// referral that names the client. The protected notes are in it only for a reader who may read them on the service
/// routes (counsellors and centre heads), since any staff role may call the export. A group service names the subject
/// only: the other participants are counted and the shared notes and outcome withheld (<see cref="SubjectService"/>).
/// </summary>
internal sealed class CounsellingClientExporter(IDocumentStore store) : IClientDataExporter
{
    public string Section => "counselling";

    public async Task<JsonNode?> ExportAsync(Guid clientId, string centre, ClaimsPrincipal reader, CancellationToken ct)
    {
        await using var session = store.QuerySession(centre);
        var services = await session.Query<ServiceRecord>().Where(s => s.Details.ClientIds.Contains(clientId))
            .OrderBy(s => s.SortKey).ToListAsync(ct);
        if (!ProtectedNotes.MayRead(reader))
        {
            foreach (var service in services)
            {
                service.HideNotes();
            }
        }

        var cases = await session.Query<CounsellingCase>().Where(c => c.ClientId == clientId).OrderBy(c => c.SortKey).ToListAsync(ct);
        var referrals = await session.Query<Referral>().Where(r => r.ClientId == clientId).OrderBy(r => r.SortKey).ToListAsync(ct);
        return services.Count + cases.Count + referrals.Count == 0
            ? null
            : JsonSerializer.SerializeToNode(new { services = services.Select(s => SubjectService.Of(s, clientId)), cases, referrals },
                JsonSerializerOptions.Web);
    }
}
