using Marten;

namespace Cpic.Clients.Domain;

/// <summary>Who we are looking for: names in any script, birth date or year, nationality.</summary>
/// <param name="GivenNames" example="Taras">Given names, any script.</param>
/// <param name="Surname" example="Sevcenko">Surname, any script; surname or nativeName is required.</param>
/// <param name="NativeName" example="Тарас Шевченко">Name in the native script.</param>
/// <param name="BirthDate" example="1984-03-09">Date of birth, if known.</param>
/// <param name="BirthYear" example="1984">Year of birth, if only that is known.</param>
/// <param name="Nationality" example="UA">ISO 3166-1 alpha-2.</param>
internal sealed record MatchCandidate(
    string? GivenNames, string? Surname, string? NativeName = null, DateOnly? BirthDate = null, int? BirthYear = null,
    string? Nationality = null);

/// <summary>An existing client that may be the same person, with a score from 0 to 1 and why.</summary>
/// <param name="ClientId">The existing client.</param>
/// <param name="Code" example="LBC-2026-00042">Its client code.</param>
/// <param name="GivenNames" example="Taras">Given names (the pseudonym of an anonymous client).</param>
/// <param name="Surname" example="Ševčenko">Surname.</param>
/// <param name="BirthDate" example="1984-03-09">Date of birth, if recorded.</param>
/// <param name="BirthYear" example="1984">Year of birth.</param>
/// <param name="Nationality" example="UA">ISO 3166-1 alpha-2.</param>
/// <param name="Score" example="0.95">0.6 × name + 0.25 × birth + 0.15 × nationality; from 0.8 a likely duplicate.</param>
/// <param name="Reasons" example="[&quot;name:1.00&quot;, &quot;birth-date&quot;, &quot;nationality&quot;]">What matched: name similarity, birth-date or birth-year, nationality.</param>
internal sealed record PotentialMatch(
    Guid ClientId, string Code, string? GivenNames, string? Surname, DateOnly? BirthDate, int? BirthYear,
    string? Nationality, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Potential duplicates (ADR 0111): pg_trgm word similarity of the normalised name keys, served by the GIN
/// trigram index on <see cref="Client.SearchName"/>, then weighted in C# with birth date and nationality.
/// The benchmark in bench/Clients.Matching times exactly this method.
/// </summary>
internal static class MatchQuery
{
    /// <summary>At or above this score a registration is taken as a likely duplicate (409 unless forced).</summary>
    public const double LikelyDuplicate = 0.8;

    private const string Sql =
        "select jsonb_build_object('client', data, 'nameScore', score) from (select data, " +
        "greatest(word_similarity(?, data ->> 'searchName'), word_similarity(?, data ->> 'searchName')) as score " +
        $"from {ClientsModule.Schema}.mt_doc_client where tenant_id = ? " +
        "and ((data ->> 'searchName') %> ? or (data ->> 'searchName') %> ?) and data ->> 'mergedInto' is null " +
        "order by score desc limit 50) m";

    public static async Task<IReadOnlyList<PotentialMatch>> FindAsync(IQuerySession session, MatchCandidate c,
        int limit, CancellationToken ct)
    {
        var keys = NameNormaliser.Keys($"{c.GivenNames} {c.Surname}").Concat(NameNormaliser.Keys(c.NativeName))
            .Distinct().Take(2).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var (first, second) = (keys[0], keys[^1]);
        var rows = await session.QueryAsync<MatchRow>(Sql, ct, first, second, session.TenantId, first, second);
        return [.. rows.Select(r => Score(r, c)).OrderByDescending(m => m.Score).ThenBy(m => m.Code).Take(limit)];
    }

    private static PotentialMatch Score(MatchRow row, MatchCandidate c)
    {
        var d = row.Client.Details;
        var reasons = new List<string> { $"name:{row.NameScore:0.00}" };
        var birth = 0.0;
        if (c.BirthDate is not null && c.BirthDate == d.BirthDate) { birth = 1; reasons.Add("birth-date"); }
        else if ((c.BirthDate?.Year ?? c.BirthYear) is { } year && year == d.KnownBirthYear) { birth = 0.6; reasons.Add("birth-year"); }

        var nationality = c.Nationality is not null && c.Nationality == d.Nationality ? 1 : 0;
        if (nationality == 1) reasons.Add("nationality");
        var score = Math.Round((0.6 * row.NameScore) + (0.25 * birth) + (0.15 * nationality), 3);
        return new PotentialMatch(row.Client.Id, row.Client.Code, d.GivenNames ?? d.Pseudonym, d.Surname, d.BirthDate,
            d.KnownBirthYear, d.Nationality, score, reasons);
    }

    private sealed record MatchRow(Client Client, double NameScore);
}
