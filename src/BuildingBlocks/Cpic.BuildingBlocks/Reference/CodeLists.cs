using System.Text.Json;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>An entry of a code list: its code, Czech and English labels, and the label in the language served.</summary>
public interface ICodeListItem
{
    string Code { get; }

    /// <summary>The entry labelled in one language (<see cref="CodeLabels.In"/>).</summary>
    ICodeListItem WithLabel(string label);
}

/// <param name="Code">The code to send and store.</param>
/// <param name="Cs">The Czech label.</param>
/// <param name="En">The English label.</param>
public sealed record CodeListItem(string Code, string Cs, string En) : ICodeListItem
{
    /// <summary>The label in the language served (the response's <c>Content-Language</c>: cs, en, uk, ru or vi).</summary>
    public string Label { get; init; } = "";

    public ICodeListItem WithLabel(string label) => this with { Label = label };
}

/// <summary>ISO 3166-1 alpha-2 country; <c>Eu</c> marks EU member states.</summary>
public sealed record Country(string Code, string Cs, string En, bool Eu) : ICodeListItem
{
    /// <summary>The country's name in the language served (the response's <c>Content-Language</c>).</summary>
    public string Label { get; init; } = "";

    public ICodeListItem WithLabel(string label) => this with { Label = label };
}

/// <summary>Region (kraj): CZ-NUTS code and ISO 3166-2 code.</summary>
public sealed record Region(string Code, string Iso, string Cs, string En) : ICodeListItem
{
    /// <summary>The region's name in the language served (the response's <c>Content-Language</c>).</summary>
    public string Label { get; init; } = "";

    public ICodeListItem WithLabel(string label) => this with { Label = label };
}

/// <summary>Residence category; <c>InTargetGroup</c> says whether holders are in the centres' target group.</summary>
public sealed record ResidenceCategory(string Code, string Cs, string En, bool InTargetGroup, string DescriptionEn)
    : ICodeListItem
{
    /// <summary>The category in the language served (the response's <c>Content-Language</c>).</summary>
    public string Label { get; init; } = "";

    public ICodeListItem WithLabel(string label) => this with { Label = label };
}

/// <summary>Course type with its category (czech-language, socio-cultural, adaptation-integration, pc, other).</summary>
public sealed record CourseType(string Code, string Cs, string En, string Category) : ICodeListItem
{
    /// <summary>The course type in the language served (the response's <c>Content-Language</c>).</summary>
    public string Label { get; init; } = "";

    public ICodeListItem WithLabel(string label) => this with { Label = label };
}

/// <summary>
/// A read-only code list: its entries with their labels in every language of <see cref="LabelLanguages"/>, loaded
/// from the JSON shipped in this assembly or built from labels a module declares (<see cref="CodeList.Of"/>).
/// </summary>
public sealed class CodeList<T> where T : ICodeListItem
{
    private readonly Dictionary<string, T> _byCode;
    private readonly Dictionary<string, IReadOnlyList<T>> _byLanguage;

    internal CodeList(string name) : this(name, Load<List<T>>(name), Load<List<CodeLabels>>(name))
    {
    }

    internal CodeList(string name, IReadOnlyList<T> items, IReadOnlyList<CodeLabels> labels)
    {
        Name = name;
        Labels = labels;
        var byCode = labels.ToDictionary(l => l.Code, StringComparer.Ordinal);
        _byLanguage = LabelLanguages.All.ToDictionary(language => language,
            language => (IReadOnlyList<T>)[.. items.Select(i => (T)i.WithLabel(byCode[i.Code].In(language)))]);
        _byCode = Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        Version = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            JsonSerializer.SerializeToUtf8Bytes(new { items, labels }, JsonSerializerOptions.Web)))[..16];
    }

    public string Name { get; }

    /// <summary>The entries labelled in Czech.</summary>
    public IReadOnlyList<T> Items => _byLanguage[LabelLanguages.Fallback];

    /// <summary>Every entry's labels in every language.</summary>
    public IReadOnlyList<CodeLabels> Labels { get; }

    /// <summary>A hash of the content; with the language it makes the list's ETag.</summary>
    public string Version { get; }

    /// <summary>The entries labelled in a language of <see cref="LabelLanguages.All"/>.</summary>
    public IReadOnlyList<T> In(string language) => _byLanguage[language];

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    public T? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var item) ? item : default;

    private static TList Load<TList>(string name)
    {
        using var stream = typeof(CodeList<T>).Assembly.GetManifestResourceStream($"Cpic.Reference.{name}.json")
            ?? throw new InvalidOperationException($"Code list {name} is not embedded.");
        return JsonSerializer.Deserialize<TList>(stream, JsonSerializerOptions.Web)!;
    }
}

/// <summary>Code lists a module declares in code.</summary>
public static class CodeList
{
    /// <summary>A list of plain entries (<see cref="CodeListItem"/>) from their labels.</summary>
    public static CodeList<CodeListItem> Of(string name, IReadOnlyList<CodeLabels> labels) =>
        new(name, [.. labels.Select(l => new CodeListItem(l.Code, l.Cs, l.En))], labels);
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
