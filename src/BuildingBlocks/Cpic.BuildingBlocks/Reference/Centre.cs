using System.Text.Json;
using System.Text.Json.Serialization;
using Cpic.BuildingBlocks.Http;
using Marten;
using JasperFx;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>
/// A Centre for Support of Integration of Foreigners (CPIC), one per region. Its <see cref="Id"/> is a stable
/// three-letter code (e.g. <c>LBC</c>): the <c>centre</c> claim of staff tokens and the Marten tenant of the
/// centre's records (ADR 0004).
/// </summary>
public sealed class Centre : IRevisioned
{
    /// <summary>The centre code, e.g. <c>LBC</c>.</summary>
    [JsonPropertyName("code")]
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string Region { get; set; } = "";
    public string Operator { get; set; } = "";

    /// <summary><c>suz</c> (SUZ MV), <c>region</c> or <c>ngo</c>.</summary>
    public string OperatorKind { get; set; } = "";

    public List<Workplace> Workplaces { get; set; } = [];
    public int Version { get; set; }

    public Workplace? FindWorkplace(string? code) => Workplaces.Find(w => w.Code == code);
}

/// <summary>A workplace: main office, contact point (kontaktní místo) or detached workplace (detašované pracoviště).</summary>
/// <param name="Code" example="LBC-CL">Centre code, a dash, 2–4 capital letters.</param>
/// <param name="Name" example="Česká Lípa">Name of the workplace.</param>
/// <param name="Kind" example="contact-point">Code from /api/v1/reference/workplace-kinds.</param>
/// <param name="Town" example="Česká Lípa">Town.</param>
/// <param name="Address" example="Nám. T. G. Masaryka 1, 470 01 Česká Lípa">Street address, if known.</param>
public sealed record Workplace(string Code, string Name, string Kind, string Town, string? Address = null);

public static class CentreRegistry
{
    public static readonly IReadOnlyList<string> OperatorKinds = ["suz", "region", "ngo"];

    /// <summary>Looks a centre up (the registry is not tenanted, so any session will do).</summary>
    public static Task<Centre?> FindCentreAsync(this IQuerySession session, string code, CancellationToken ct) =>
        session.LoadAsync<Centre>(code, ct);

    /// <summary>The workplace <paramref name="code"/> of the session's centre; a 422 on <c>workplace</c> if it has none such.</summary>
    public static async Task<Workplace> WorkplaceOfCentreAsync(this IQuerySession session, string? code, CancellationToken ct) =>
        (await session.FindCentreAsync(session.TenantId, ct))?.FindWorkplace(code)
        ?? throw new UnprocessableException("workplace", NotAWorkplace(code, session.TenantId));

    /// <summary>The 422 message for a workplace code the centre does not have.</summary>
    public static string NotAWorkplace(string? code, string centre) => $"'{code}' is not a workplace of centre {centre}.";

    /// <summary>Adds the centres of seed 004 that are not there yet; never overwrites edits.</summary>
    public static async Task SeedAsync(IDocumentStore store, CancellationToken ct = default)
    {
        using var stream = typeof(Centre).Assembly.GetManifestResourceStream("Cpic.Reference.centres.json")!;
        var centres = JsonSerializer.Deserialize<List<Centre>>(stream, JsonSerializerOptions.Web)!;
        await using var session = store.LightweightSession();
        var existing = (await session.Query<Centre>().Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        foreach (var centre in centres.Where(c => !existing.Contains(c.Id)))
        {
            session.Insert(centre);
        }

        await session.SaveChangesAsync(ct);
    }
}
