using Cpic.BuildingBlocks;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Cpic.Clients.Domain;

/// <summary>Builds <see cref="Client"/> from its stream, inline (same transaction as the events).</summary>
internal sealed class ClientProjection(TimeProvider clock) : SingleStreamProjection<Client, Guid>
{
    public override Client? Evolve(Client? snapshot, Guid id, IEvent e)
    {
        var client = snapshot ?? new Client { Id = id };
        switch (e.Data)
        {
            case ClientRecordOpened opened:
                client.Code = opened.Code;
                client.Centre = opened.Centre;
                client.Details = opened.Details;
                client.RegisteredOn = opened.RegisteredOn;
                break;
            case ClientDetailsChanged changed:
                client.Details = changed.Details;
                break;
            case AnonymousClientIdentified identified:
                client.Details = identified.Details;
                break;
            case ResidenceStatusRecorded recorded:
                client.Residence.Add(recorded.Status);
                break;
            case ConsentGiven given:
                client.Consents.RemoveAll(c => c.Purpose == given.Purpose && c.WithdrawnOn is null);
                client.Consents.Add(new Consent(given.Purpose, given.GivenOn, null, given.By));
                break;
            case ConsentWithdrawn withdrawn:
                var index = client.Consents.FindLastIndex(c => c.Purpose == withdrawn.Purpose && c.WithdrawnOn is null);
                if (index >= 0) client.Consents[index] = client.Consents[index] with { WithdrawnOn = withdrawn.WithdrawnOn };
                break;
            case ClientAbsorbed absorbed:
                client.MergedFrom.Add(absorbed.MergedClientId);
                client.Residence.AddRange(absorbed.Residence.Except(client.Residence));
                client.Consents.AddRange(absorbed.Consents.Except(client.Consents));
                break;
            case ClientMergedInto merged:
                client.MergedInto = merged.SurvivingClientId;
                break;
            case ClientRecordAnonymised:
                client.AnonymisedAt = e.Timestamp;
                client.Details = client.Details.Erased();
                client.Residence = [.. client.Residence.Select(s => s.Erased())];
                break;
        }

        client.Version = e.Version;
        client.LastActivityAt = e.Timestamp;
        client.Refresh(clock.Today());
        return client;
    }
}
