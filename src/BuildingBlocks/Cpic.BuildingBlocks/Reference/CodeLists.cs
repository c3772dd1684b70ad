using System.Text.Json;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>An entry of a code list, labelled in Czech and English.</summary>
public interface ICodeListItem
{
    string Code { get; }
}

public sealed record CodeListItem(string Code, string Cs, string En) : ICodeListItem;

/// <summary>ISO 3166-1 alpha-2 country; <c>Eu</c> marks EU member states.</summary>
public sealed record Country(string Code, string Cs, string En, bool Eu) : ICodeListItem;

/// <summary>Region (kraj): CZ-NUTS code and ISO 3166-2 code.</summary>
public sealed record Region(string Code, string Iso, string Cs, string En) : ICodeListItem;

/// <summary>Residence category; <c>InTargetGroup</c> says whether holders are in the centres' target group.</summary>
public sealed record ResidenceCategory(string Code, string Cs, string En, bool InTargetGroup, string DescriptionEn)
    : ICodeListItem;

/// <summary>Course type with its category (czech-language, socio-cultural, adaptation-integration, pc, other).</summary>
public sealed record CourseType(string Code, string Cs, string En, string Category) : ICodeListItem;

/// <summary>A read-only code list loaded from the JSON shipped in this assembly.</summary>
public sealed class CodeList<T> where T : ICodeListItem
{
    private readonly Dictionary<string, T> _byCode;

    internal CodeList(string name)
    {
        Name = name;
        using var stream = typeof(CodeList<T>).Assembly.GetManifestResourceStream($"Cpic.Reference.{name}.json")
            ?? throw new InvalidOperationException($"Code list {name} is not embedded.");
        Items = JsonSerializer.Deserialize<List<T>>(stream, JsonSerializerOptions.Web)!;
        _byCode = Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        Version = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            JsonSerializer.SerializeToUtf8Bytes(Items, JsonSerializerOptions.Web)))[..16];
    }

    public string Name { get; }
    public IReadOnlyList<T> Items { get; }

    /// <summary>A hash of the content, used as the list's ETag.</summary>
    public string Version { get; }

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    public T? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var item) ? item : default;
}

/// <summary>The shared kernel's code lists, served under <c>/api/v1/reference</c>.</summary>
public static class CodeLists
{
    public static readonly CodeList<Region> Regions = new("regions");
    public static readonly CodeList<Country> Countries = new("countries");
    public static readonly CodeList<CodeListItem> Languages = new("languages");
    public static readonly CodeList<ResidenceCategory> ResidenceCategories = new("residence-categories");
    public static readonly CodeList<CodeListItem> ServiceTypes = new("service-types");
    public static readonly CodeList<CodeListItem> ServiceForms = new("service-forms");
    public static readonly CodeList<CodeListItem> CounsellingTopics = new("counselling-topics");
    public static readonly CodeList<CourseType> CourseTypes = new("course-types");
    public static readonly CodeList<CodeListItem> WorkplaceKinds = new("workplace-kinds");
}
