using Cpic.Clients.Features.DataProtection;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Clients.Features.Retention;

/// <summary>
/// Anonymise every record whose last activity is older than <c>Clients:RetentionYears</c> on <see cref="Today"/>, of
/// every centre (the daily run) or of <see cref="Centre"/> (run now by its centre head); see <see cref="RetentionDue"/>.
/// </summary>
public sealed record ApplyRetentionPolicy(DateOnly Today, string? Centre = null, string By = "system:retention");

public static class ApplyRetentionPolicyHandler
{
    public static async Task<RetentionRunResponse> Handle(ApplyRetentionPolicy command, IDocumentSession session,
        IMessageContext messages, IOptions<ClientsOptions> options, TimeProvider clock, CancellationToken ct)
    {
        // The one query of the module over all centres (or the caller's), and it reads only ids and dates.
        var due = await RetentionDue.FindAsync(session, command.Today, options.Value.RetentionYears, command.Centre, ct);
        foreach (var client in due)
        {
            await messages.PublishAsync(new AnonymiseClient(client.ClientId, "retention-policy", command.By),
                new DeliveryOptions { TenantId = client.Centre });
        }

        var run = new RetentionRun
        {
            Id = Guid.CreateVersion7(), At = clock.GetUtcNow(), On = command.Today, Centre = command.Centre, By = command.By,
            Anonymised = due.GroupBy(d => d.Centre).ToDictionary(g => g.Key, g => g.Count()),
        };
        session.Store(run);
        return RetentionRunResponse.From(run, command.Centre ?? "");
    }
}
