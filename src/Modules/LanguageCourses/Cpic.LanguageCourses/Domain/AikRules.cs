using System.Globalization;
using System.Text;
using System.Text.Json;
using Marten;
using JasperFx;

namespace Cpic.LanguageCourses.Domain;

/// <summary>
/// Who must attend the adaptation-integration course (AIK) and by when. Kept as data with its legal source, not as
/// code, so a change in the law is an edit (PUT /api/v1/courses/aik/rules), not a release. Until edited, the
/// rules shipped in <c>Data/aik-rules.json</c> apply.
/// </summary>
internal sealed class AikRules : IRevisioned
{
    public const string CourseType = "adaptation-integration";
    public const string CurrentId = "current";

    public string Id { get; set; } = CurrentId;
    public string LegalSource { get; set; } = "";
    public DateOnly AppliesToResidenceFrom { get; set; }
    public List<string> ResidenceCategories { get; set; } = [];
    public List<string> ExemptPermitTypes { get; set; } = [];

    /// <summary>Null in rules stored before nationalities were part of them: the shipped ones apply.</summary>
    public List<string>? ExemptNationalities { get; set; }

    public int MinimumAge { get; set; }
    public int MaximumAge { get; set; }
    public int DeadlineMonths { get; set; }
    public int CourseHours { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public static async Task<AikRules> LoadAsync(IQuerySession session, CancellationToken ct)
    {
        var rules = await session.LoadAsync<AikRules>(CurrentId, ct) ?? Default();
        rules.ExemptNationalities ??= Default().ExemptNationalities;
        return rules;
    }

    private static AikRules Default()
    {
        using var stream = typeof(AikRules).Assembly.GetManifestResourceStream("Cpic.LanguageCourses.aik-rules.json")!;
        return JsonSerializer.Deserialize<AikRules>(stream, JsonSerializerOptions.Web)!;
    }

    /// <summary>The AIK deadline of a client, or null when the obligation does not apply (ages by birth year only).</summary>
    public DateOnly? DeadlineFor(CourseClient client)
    {
        if (client.ResidenceValidFrom is not { } from || from < AppliesToResidenceFrom
            || client.ResidenceCategory is null || !ResidenceCategories.Contains(client.ResidenceCategory)
            || IsExempt(client.PermitType)
            || client.Nationality is not null && ExemptNationalities!.Contains(client.Nationality)
            || client.BirthYear is not { } born || from.Year - born < MinimumAge || from.Year - born > MaximumAge)
        {
            return null;
        }

        return from.AddMonths(DeadlineMonths);
    }

    /// <summary>
    /// The Clients module records the permit type as written on the document ("povolení k dlouhodobému pobytu za
    /// účelem studia"), so an exemption matches when the permit type contains it, ignoring case and diacritics.
    /// </summary>
    private bool IsExempt(string? permitType) =>
        permitType is not null && ExemptPermitTypes.Any(x => x.Length > 0 && Fold(permitType).Contains(Fold(x), StringComparison.Ordinal));

    private static string Fold(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).ToLowerInvariant();
}
