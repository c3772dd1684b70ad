using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Domain;
using Marten;

namespace Cpic.Counselling.Features.Services;

/// <summary>
/// Rules that need stored data: the workplace is the centre's, and every client is a current client of the centre.
/// An anonymised client gets no new services; a service it already had stays countable and may be corrected
/// (given the stored and the new content) as long as no outcome or notes are stored again.
/// </summary>
internal static class ServiceChecks
{
    public static async Task EnsureValidAsync(ServiceInput input, IDocumentSession session, CancellationToken ct,
        (ServiceDetails Stored, ServiceDetails New)? correcting = null)
    {
        var ids = input.ClientIds ?? [];
        // One round trip for both look-ups: this runs on every service recorded, the hottest write.
        var batch = session.CreateBatchQuery();
        var centreLookup = batch.Load<Centre>(session.TenantId);
        var clientsLookup = batch.LoadMany<KnownClient>().ById(ids.Distinct().ToArray());
        await batch.Execute(ct);

        var errors = Errors(input, session.TenantId, await centreLookup, (await clientsLookup).ToDictionary(c => c.Id), correcting);
        if (errors.Count > 0)
        {
            throw new UnprocessableException(errors);
        }
    }

    /// <summary>The errors of <paramref name="input"/> given the centre and the known clients it names (loaded once for many).</summary>
    public static Dictionary<string, string[]> Errors(ServiceInput input, string centreCode, Centre? centre,
        IReadOnlyDictionary<Guid, KnownClient> known, (ServiceDetails Stored, ServiceDetails New)? correcting = null)
    {
        var ids = input.ClientIds ?? [];
        var errors = new Dictionary<string, string[]>();
        if (centre?.FindWorkplace(input.Workplace) is null)
        {
            errors["workplace"] = [CentreRegistry.NotAWorkplace(input.Workplace, centreCode)];
        }

        // The session is the caller's centre, so a client of another centre is as unknown as a made-up id.
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids.Take(i).Contains(ids[i]))
            {
                errors[$"clientIds[{i}]"] = [$"Client {ids[i]} is listed more than once."];
            }
            else if (!known.TryGetValue(ids[i], out var client))
            {
                errors[$"clientIds[{i}]"] = [$"Client {ids[i]} is not a client of this centre."];
            }
            else if (client.MergedInto is { } survivor)
            {
                errors[$"clientIds[{i}]"] = [$"Client {ids[i]} was merged into {survivor}; use that id."];
            }
            else if (client.Anonymised && AnonymisedProblem(ids[i], correcting) is { } problem)
            {
                errors[$"clientIds[{i}]"] = [problem];
            }
        }

        return errors;
    }

    private static string? AnonymisedProblem(Guid id, (ServiceDetails Stored, ServiceDetails New)? correcting) =>
        correcting is not { } c || !c.Stored.ClientIds.Contains(id) ? $"Client {id} was anonymised; record no new services for it."
        : c.New.Outcome is not null || c.New.Notes is not null
            ? $"Client {id} was anonymised; a correction of its service leaves outcome and notes empty."
            : null;
}
