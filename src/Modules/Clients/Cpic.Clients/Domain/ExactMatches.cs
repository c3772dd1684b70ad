using Marten;

namespace Cpic.Clients.Domain;

/// <summary>
/// The same person for certain, where a likely duplicate (<see cref="MatchQuery"/>) is only probable: the same name
/// keys (every name, in any script, normalised as search does), the same birth date (or the same birth year where
/// neither knows the date) and the same nationality. An import links such a row to the existing client.
/// </summary>
internal static class ExactMatches
{
    private const string Sql = $"select data from {ClientsModule.Schema}.mt_doc_client where tenant_id = ? " +
        "and data ->> 'searchName' = any(?) and data ->> 'mergedInto' is null and data ->> 'anonymisedAt' is null";

    /// <summary>The centre's current clients whose name keys are among <paramref name="details"/>'s, by name keys.</summary>
    public static async Task<ILookup<string, Client>> FindAsync(IQuerySession session, IEnumerable<ClientDetails> details,
        CancellationToken ct)
    {
        var keys = details.Select(Client.SearchNameOf).Where(k => k.Length > 0).Distinct().ToArray();
        var found = keys.Length == 0 ? [] : await session.QueryAsync<Client>(Sql, ct, session.TenantId, keys);
        return found.ToLookup(c => c.SearchName);
    }

    public static bool SamePerson(ClientDetails a, ClientDetails b) =>
        !a.Anonymous && !b.Anonymous && Client.SearchNameOf(a) == Client.SearchNameOf(b) && a.Nationality == b.Nationality
        && a.BirthDate == b.BirthDate && a.KnownBirthYear == b.KnownBirthYear;
}
