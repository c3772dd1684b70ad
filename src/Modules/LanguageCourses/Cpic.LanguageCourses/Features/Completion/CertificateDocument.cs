using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Domain;

namespace Cpic.LanguageCourses.Features.Completion;

/// <summary>
/// The printable certificate: a self-contained HTML page (print it or save it as PDF from a browser). Czech always;
/// a second column in the course's language when we have a translation of the certificate's wording.
/// </summary>
internal static class CertificateDocument
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = Load();

    // Escapes markup only, so Czech, Cyrillic and Vietnamese stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static bool HasTranslation(string language) => language != "cs" && Texts.ContainsKey(language);

    public static string Render(Certificate c)
    {
        var languages = HasTranslation(c.Language) ? new[] { "cs", c.Language } : ["cs"];
        var type = CodeLists.CourseTypes.Find(c.CourseType)?.Cs ?? c.CourseType;
        var values = new (string Key, string Value)[]
        {
            ("number", c.Id), ("holder", c.ClientCode), ("course", $"{c.CourseTitle} ({type})"), ("level", c.Level ?? "–"),
            ("period", $"{c.StartsOn:d. M. yyyy} – {c.EndsOn:d. M. yyyy}"),
            ("hours", c.Hours.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',')), ("place", $"{c.Town}, {c.CentreName}"),
            ("issued", c.IssuedOn.ToString("d. M. yyyy", CultureInfo.InvariantCulture)),
        };
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"cs\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(Texts["cs"]["title"])).Append(' ').Append(Encode(c.Id))
            .Append("</title><style>body{font-family:serif;margin:2cm}section{display:inline-block;vertical-align:top;")
            .Append("width:45%;margin-right:4%}dt{font-weight:bold;margin-top:.6em}@media print{@page{size:A4}}</style></head><body>");
        foreach (var language in languages)
        {
            var t = Texts[language];
            html.Append("<section lang=\"").Append(language).Append("\"><h1>").Append(Encode(t["title"])).Append("</h1><dl>");
            foreach (var (key, value) in values)
            {
                html.Append("<dt>").Append(Encode(t[key])).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");
            }

            html.Append("</dl><p>").Append(Encode(t["signature"])).Append(":</p><p>______________________________</p></section>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Encode(string value) => Encoder.Encode(value);

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = typeof(CertificateDocument).Assembly.GetManifestResourceStream("Cpic.LanguageCourses.certificate-texts.json")!;
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
    }
}
