using Cpic.Clients.Domain;
using Cpic.Clients.Features.DataProtection;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Clients.Features.Retention;

/// <summary>
/// Anonymise every record whose last activity is older than <c>Clients:RetentionYears</c> on <see cref="Today"/>.
/// "Last activity" is the later of the record's last change (registration, update, status, consent, merge) and the
/// client's last service reported by Counselling (<see cref="LastServiceDatesHandler"/>).
/// </summary>
public sealed record ApplyRetentionPolicy(DateOnly Today);

public static class ApplyRetentionPolicyHandler
{
    public static async Task Handle(ApplyRetentionPolicy command, IDocumentSession session, IMessageContext messages,
        IOptions<ClientsOptions> options, CancellationToken ct)
    {
        var cutoffDay = command.Today.AddYears(-options.Value.RetentionYears);
        var cutoff = new DateTimeOffset(cutoffDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // Runs outside any centre: the one query of the module over all centres, and it reads only ids.
        var expired = await session.Query<Client>()
            .Where(c => c.AnyTenant() && c.AnonymisedAt == null && c.MergedInto == null && c.LastActivityAt < cutoff)
            .Select(c => new { c.Id, c.Centre }).ToListAsync(ct);
        var served = await LastServiceDatesHandler.ServedSinceAsync(session, [.. expired.Select(c => c.Id)], cutoffDay, ct);
        foreach (var client in expired.Where(c => !served.Contains(c.Id)))
        {
            await messages.PublishAsync(new AnonymiseClient(client.Id, "retention-policy", "system:retention"),
                new DeliveryOptions { TenantId = client.Centre });
        }
    }
}
