using System.Globalization;
using System.Text;

namespace Cpic.Platforms.Domain;

/// <summary>Czech company numbers (IČO, 8 digits, the last a mod-11 check digit) and accent-free search text.</summary>
internal static class IcoNumber
{
    /// <summary>True for 8 digits whose weighted sum (8..2 over the first seven) gives the eighth as check digit.</summary>
    public static bool IsValid(string? ico)
    {
        if (ico is not { Length: 8 } || !ico.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (ico[i] - '0') * (8 - i);
        }

        return (11 - (sum % 11)) % 10 == ico[7] - '0';
    }
}

internal static class SearchText
{
    /// <summary>Lower case, no diacritics, runs of other characters as one space: "Úřad práce" becomes "urad prace".</summary>
    public static string Of(string? text)
    {
        var builder = new StringBuilder();
        var space = true;
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) { builder.Append(c); space = false; }
            else if (!space) { builder.Append(' '); space = true; }
        }

        return builder.ToString().TrimEnd();
    }
}
