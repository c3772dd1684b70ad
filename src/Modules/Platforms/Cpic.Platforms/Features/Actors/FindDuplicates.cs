using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Actors;

/// <summary>An actor of the centre that may be the same organisation.</summary>
/// <param name="ActorId">The existing actor.</param>
/// <param name="Name" example="Krajský úřad Libereckého kraje">Its name.</param>
/// <param name="Ico" example="70891508">Its IČO.</param>
/// <param name="Reason" example="name">ico (same IČO) or name (similar name).</param>
/// <param name="Similarity" example="0.82">Trigram similarity of the accent-free names, 0 to 1 (1 for the same IČO).</param>
public sealed record DuplicateCandidate(Guid ActorId, string Name, string? Ico, string Reason, double Similarity);

/// <summary>Actors of the session's centre with the same IČO or a similar name (pg_trgm similarity ≥ 0.4 of accent-free names).</summary>
internal static class Duplicates
{
    public const double Threshold = 0.4;

    public static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(IQuerySession session, string? name, string? ico,
        Guid? except, CancellationToken ct)
    {
        var key = SearchText.Of(name);
        var candidates = new List<DuplicateCandidate>();
        if (ico is not null)
        {
            var same = await session.Query<Actor>().Where(a => a.Ico == ico).ToListAsync(ct);
            candidates.AddRange(same.Select(a => new DuplicateCandidate(a.Id, a.Name, a.Ico, "ico", 1)));
        }

        if (key.Length > 0)
        {
            var similar = await session.QueryAsync<DuplicateCandidate>(Sql, ct, key, session.TenantId, Threshold);
            candidates.AddRange(similar.Where(s => candidates.All(c => c.ActorId != s.ActorId)));
        }

        return [.. candidates.Where(c => c.ActorId != except).OrderByDescending(c => c.Similarity)];
    }

    // A centre has hundreds of actors, not millions: scoring them all is cheaper than keeping a trigram index.
    private const string Sql =
        "select jsonb_build_object('actorId', id, 'name', data ->> 'name', 'ico', data ->> 'ico', 'reason', 'name', " +
        "'similarity', round(s::numeric, 2)) from (select id, data, similarity(data ->> 'searchName', ?) as s " +
        $"from {PlatformsModule.Schema}.mt_doc_actor where tenant_id = ?) x where s >= ? order by s desc limit 20";
}

public sealed class FindDuplicatesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/actors/duplicates", async (
                [Description("The name to check, e.g. Krajsky urad Libereckeho kraje.")] string? name,
                [Description("The IČO to check.")] string? ico, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await Duplicates.FindAsync(session, name, ico, null, ct)))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("find-duplicate-actors")
            .WithSummary("Actors that may already be the organisation you are about to register")
            .WithDescription("Actors of the caller's centre with the same IČO, or a name similar regardless of case and " +
                "diacritics (trigram similarity of at least 0.4). Registering an actor answers the same list in `possibleDuplicates`.")
            .Produces<IReadOnlyList<DuplicateCandidate>>();
}
