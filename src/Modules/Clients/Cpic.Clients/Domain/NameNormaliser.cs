using System.Globalization;
using System.Text;

namespace Cpic.Clients.Domain;

/// <summary>
/// Turns names into search keys: lower case, no diacritics, Cyrillic transliterated to Latin twice, the Czech way
/// (Шевченко: Ševčenko, key <c>sevcenko</c>) and the English way (<c>shevchenko</c>), because documents of the
/// same person carry either spelling. A Latin name in the Czech spelling gets the English key too (Ševčenko:
/// <c>shevchenko</c>), so that Ševčenko and Shevchenko find each other without the Cyrillic. Computed in C# both
/// when storing and when querying, so both sides agree.
/// </summary>
internal static class NameNormaliser
{
    private static readonly Dictionary<char, (string Czech, string English)> Cyrillic = new()
    {
        ['а'] = ("a", "a"), ['б'] = ("b", "b"), ['в'] = ("v", "v"), ['г'] = ("g", "g"), ['ґ'] = ("g", "g"),
        ['д'] = ("d", "d"), ['е'] = ("e", "e"), ['ё'] = ("jo", "yo"), ['є'] = ("je", "ye"), ['ж'] = ("z", "zh"),
        ['з'] = ("z", "z"), ['и'] = ("i", "i"), ['і'] = ("i", "i"), ['ї'] = ("ji", "yi"), ['й'] = ("j", "y"),
        ['к'] = ("k", "k"), ['л'] = ("l", "l"), ['м'] = ("m", "m"), ['н'] = ("n", "n"), ['о'] = ("o", "o"),
        ['п'] = ("p", "p"), ['р'] = ("r", "r"), ['с'] = ("s", "s"), ['т'] = ("t", "t"), ['у'] = ("u", "u"),
        ['ф'] = ("f", "f"), ['х'] = ("ch", "kh"), ['ц'] = ("c", "ts"), ['ч'] = ("c", "ch"), ['ш'] = ("s", "sh"),
        ['щ'] = ("sc", "shch"), ['ъ'] = ("", ""), ['ы'] = ("y", "y"), ['ь'] = ("", ""), ['э'] = ("e", "e"),
        ['ю'] = ("ju", "yu"), ['я'] = ("ja", "ya"),
    };

    /// <summary>Czech letters the English transliteration writes as two (ш, ч, ж).</summary>
    private static readonly Dictionary<char, string> CzechToEnglish = new() { ['š'] = "sh", ['č'] = "ch", ['ž'] = "zh" };

    /// <summary>Letters Unicode does not decompose into a base letter and a mark.</summary>
    private static readonly Dictionary<char, string> Special = new()
    {
        ['ł'] = "l", ['đ'] = "d", ['ø'] = "o", ['æ'] = "ae", ['œ'] = "oe", ['ß'] = "ss", ['ı'] = "i",
    };

    /// <summary>The distinct search keys of a text: one, or two when it contains Cyrillic or š, č, ž.</summary>
    public static IReadOnlyList<string> Keys(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Composed first: a decomposed й or š (letter + combining mark) would miss the tables below.
        var lower = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var czech = Normalise(Transliterate(lower, english: false));
        var english = Normalise(Transliterate(lower, english: true));
        return czech.Length == 0 ? [] : czech == english ? [czech] : [czech, english];
    }

    /// <summary>The keys of each word of a text, for matching the words in any order (words without letters or digits are left out).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> WordKeys(string? text) =>
        [.. (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Keys).Where(k => k.Count > 0)];

    /// <summary>One text holding every key of every name, for trigram matching and substring search.</summary>
    public static string SearchText(params string?[] names) =>
        string.Join(' ', names.SelectMany(Keys).Distinct(StringComparer.Ordinal));

    private static string Transliterate(string text, bool english)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Cyrillic.TryGetValue(c, out var latin)) builder.Append(english ? latin.English : latin.Czech);
            else if (english && CzechToEnglish.TryGetValue(c, out var digraph)) builder.Append(digraph);
            else if (Special.TryGetValue(c, out var plain)) builder.Append(plain);
            else builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) { builder.Append(c); space = false; }
            else if (!space) { builder.Append(' '); space = true; }
        }

        return builder.ToString().TrimEnd();
    }
}
