using System.Security.Cryptography;
using System.Text.Json;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Cpic.Goals.Progress;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Cpic.Goals.Features.Publication;

/// <summary>A key result as published: what is measured and the target, no filters' internals beyond the metric.</summary>
/// <param name="Title" example="Klienti sociálního poradenství">Label.</param>
/// <param name="Kind" example="metric">metric, manual or milestone.</param>
/// <param name="Metric" example="clients">The metric (kind metric).</param>
/// <param name="Unit" example="schůzky">The unit (kind manual).</param>
/// <param name="Target" example="250">Target.</param>
/// <param name="Comparison" example="at-least">at-least or at-most.</param>
internal sealed record PublishedKeyResult(string Title, string Kind, string? Metric, string? Unit, decimal Target, string Comparison);

/// <summary>A goal as published: no internal note.</summary>
/// <param name="Text" example="Poskytnout sociální poradenství 250 klientům">The goal.</param>
/// <param name="TextEn">English text, if given.</param>
/// <param name="Area" example="counselling">Area.</param>
/// <param name="ResponsibleRole" example="vedoucí centra">Responsible role.</param>
/// <param name="DueOn" example="2026-12-31">Deadline.</param>
/// <param name="KeyResults">Key results.</param>
/// <param name="Progress">Progress as of today.</param>
internal sealed record PublishedGoal(string Text, string? TextEn, string Area, string ResponsibleRole, DateOnly DueOn,
    IReadOnlyList<PublishedKeyResult> KeyResults, GoalProgress Progress);

/// <summary>A centre's published goals of a year: the approved version the centre published, with progress as of today.</summary>
/// <param name="Centre" example="LBC">Centre code.</param>
/// <param name="CentreName" example="Centrum na podporu integrace cizinců pro Liberecký kraj">The centre's name.</param>
/// <param name="Year" example="2026">Year.</param>
/// <param name="Version" example="1">The approved version shown.</param>
/// <param name="AsOf" example="2026-03-31">The day of the progress figures.</param>
/// <param name="Goals">The goals.</param>
internal sealed record PublishedGoals(string Centre, string CentreName, int Year, int Version, DateOnly AsOf,
    IReadOnlyList<PublishedGoal> Goals)
{
    /// <summary>The published set, 404 when the centre has published none for the year.</summary>
    internal static async Task<PublishedGoals> LoadAsync(string centre, int year, IQuerySession session, ProgressReader progress,
        TimeProvider clock, CancellationToken ct)
    {
        var set = await session.Query<GoalSet>().Where(s => s.AnyTenant() && s.Centre == centre && s.Year == year && s.PublishedNumber != null)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Published goals", $"{centre}/{year}");
        var version = (await session.FrozenVersionAsync(set, set.PublishedNumber, ct))!;
        var live = await progress.ReadAsync(set.Id, centre, version.Goals, clock.Today(), ct);
        var name = (await session.FindCentreAsync(centre, ct))?.Name ?? centre;
        return new PublishedGoals(centre, name, year, version.Number, live.AsOf, [.. version.Goals.Zip(live.Goals, (g, p) =>
            new PublishedGoal(g.Text, g.TextEn, g.Area, g.ResponsibleRole, g.DueOn,
                [.. g.KeyResults.Select(k => new PublishedKeyResult(k.Title, k.Kind, k.Metric, k.Unit, k.Target, k.Comparison))], p))]);
    }

    /// <summary>A strong ETag of the content: it changes with the figures; <c>If-None-Match</c> with it gives 304.</summary>
    internal bool NotModified(HttpContext http, string representation)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this, JsonSerializerOptions.Web));
        http.Response.Headers.CacheControl = "public, max-age=300";
        return http.NotModified($"\"{representation}-{Convert.ToHexString(hash)[..20]}\"");
    }

    /// <summary>The anonymous endpoints' rate limiter policy (per client address, see GoalsModule).</summary>
    public const string RateLimit = "goals-public";
}
