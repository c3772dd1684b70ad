using Cpic.BuildingBlocks.Persistence;
using Cpic.Clients.Contracts;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Timeline;
using Marten;

namespace Cpic.Counselling.Clients;

/// <summary>
/// Keeps <see cref="KnownClient"/> in step with the Clients module. Each event arrives with the client's centre as
/// the envelope's tenant, so the session is that centre's. Handlers are idempotent: a redelivered event changes
/// nothing more, and a registration handled late (after a merge or an anonymisation) does not revive the record.
/// </summary>
public static class ClientEventHandler
{
    public static Task Handle(ClientRegistered registered, IDocumentSession session, CancellationToken ct) =>
        Handle(new ClientsImported([registered], []), session, ct);

    /// <summary>A chunk of an import: its registrations, the clients loaded at once (residence is not kept here).</summary>
    public static async Task Handle(ClientsImported imported, IDocumentSession session, CancellationToken ct)
    {
        var ids = imported.Registered.Select(r => r.ClientId).ToArray();
        var known = (await session.LoadManyAsync<KnownClient>(ct, ids)).ToDictionary(c => c.Id);
        foreach (var registered in imported.Registered)
        {
            var client = known.GetValueOrDefault(registered.ClientId) ?? new KnownClient { Id = registered.ClientId };
            if (client.Code.Length > 0)
            {
                continue;
            }

            // Not registered yet (new, or a stand-in a merge or an anonymisation left): what those set stays.
            (client.Centre, client.Code, client.Anonymous) = (registered.Centre, registered.ClientCode, registered.Anonymous);
            session.Store(client);
        }
    }

    public static async Task Handle(ClientIdentified identified, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<KnownClient>(identified.ClientId, ct) is { } client)
        {
            client.Anonymous = false;
            session.Store(client);
        }
    }

    /// <summary>Anonymised clients stay known, so their services stay countable under the same key.</summary>
    public static async Task Handle(ClientAnonymised anonymised, IDocumentSession session, CancellationToken ct)
    {
        var client = await session.LoadAsync<KnownClient>(anonymised.ClientId, ct)
            ?? new KnownClient { Id = anonymised.ClientId, Centre = anonymised.Centre };
        client.Anonymised = true;
        session.Store(client);

        // The counts stay; the free text that may describe the person goes, irreversibly.
        var services = await session.Query<ServiceRecord>()
            .Where(s => s.Details.ClientIds.Contains(anonymised.ClientId)).ToListAsync(ct);
        foreach (var service in services)
        {
            service.EraseFreeText();
            session.NextRevision(service);
        }

        foreach (var @case in await session.Query<CounsellingCase>().Where(c => c.ClientId == anonymised.ClientId).ToListAsync(ct))
        {
            (@case.Goal, @case.Steps) = (Erased, []);
            session.NextRevision(@case);
        }

        foreach (var referral in await session.Query<Referral>().Where(r => r.ClientId == anonymised.ClientId).ToListAsync(ct))
        {
            (referral.Reason, referral.Feedback) = (Erased, null);
            session.NextRevision(referral);
        }
    }

    private const string Erased = "[erased]";

    /// <summary>The merged record's services, referrals and cases move to the surviving client, with their history kept.</summary>
    public static async Task Handle(ClientsMerged merged, IDocumentSession session, CancellationToken ct)
    {
        // Stored even when the registration has not arrived yet, so that it cannot make the merged id usable again.
        var client = await session.LoadAsync<KnownClient>(merged.MergedClientId, ct)
            ?? new KnownClient { Id = merged.MergedClientId, Centre = merged.Centre };
        client.MergedInto = merged.SurvivingClientId;
        session.Store(client);

        var services = await session.Query<ServiceRecord>()
            .Where(s => s.Details.ClientIds.Contains(merged.MergedClientId)).ToListAsync(ct);
        foreach (var service in services)
        {
            service.RepointClient(merged.MergedClientId, merged.SurvivingClientId);
            // A new revision, so that a copy read before the merge cannot overwrite it (412).
            session.NextRevision(service);
            ClientTimelineEntry.Rebuild(session, service);
        }

        foreach (var referral in await session.Query<Referral>().Where(r => r.ClientId == merged.MergedClientId).ToListAsync(ct))
        {
            referral.ClientId = merged.SurvivingClientId;
            session.NextRevision(referral);
        }

        foreach (var @case in await session.Query<CounsellingCase>().Where(c => c.ClientId == merged.MergedClientId).ToListAsync(ct))
        {
            @case.ClientId = merged.SurvivingClientId;
            session.NextRevision(@case);
        }
    }
}
