using Cpic.BuildingBlocks.Http;
using Marten;
using Npgsql;

namespace Cpic.Goals.Domain;

/// <summary>
/// One goal set per centre and year (ADR 0161): checked before a create or an import, and enforced by a unique index on
/// (centre, year), so that of two concurrent creates one is stored and the other is a 409 naming the stored set.
/// </summary>
internal static class OneSetPerYear
{
    public const string IndexName = "ux_goal_set_centre_year";

    /// <summary>A 409 naming the set of <paramref name="year"/> each of <paramref name="centres"/> has, if any has one.</summary>
    public static async Task ThrowIfTakenAsync(IQuerySession session, IReadOnlyList<string> centres, int year, CancellationToken ct)
    {
        var existing = await session.Query<GoalSet>().Where(s => s.AnyTenant() && s.Year == year && centres.Contains(s.Centre))
            .OrderBy(s => s.Centre).ToListAsync(ct);
        if (existing.Count > 0)
        {
            throw new ConflictException(ProblemTypes.GoalSetExists,
                $"A goal set for {year} exists already: {string.Join(", ", existing.Select(s => $"{s.Centre} /api/v1/goals/sets/{s.Id}"))}.",
                new Dictionary<string, object?> { ["existingSets"] = existing.Select(s => s.Id).ToList() });
        }
    }

    /// <summary>
    /// Stores the session's new sets now; when a concurrent request stored a set of the same centre and year first, the
    /// unique index refuses the insert and the answer is the 409 of <see cref="ThrowIfTakenAsync"/>.
    /// </summary>
    public static async Task SaveAsync(IDocumentSession session, IReadOnlyList<string> centres, int year, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Violated(e))
        {
            await using var query = session.DocumentStore.QuerySession();
            await ThrowIfTakenAsync(query, centres, year, ct);
            throw;
        }
    }

    private static bool Violated(Exception? e) =>
        e is not null && (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: IndexName }
            || Violated(e.InnerException));
}
