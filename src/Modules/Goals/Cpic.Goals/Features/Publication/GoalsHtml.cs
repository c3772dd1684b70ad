using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cpic.Goals.Domain;
using Cpic.Goals.Progress;

namespace Cpic.Goals.Features.Publication;

/// <summary>Printable Czech HTML of published goals (notice boards): every text is HTML-encoded.</summary>
internal static class GoalsHtml
{
    private static readonly CultureInfo Czech = CultureInfo.GetCultureInfo("cs-CZ");

    // Encodes markup characters only: Czech letters stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string HtmlEncode(string? text) => Encoder.Encode(text ?? "");

    public static string Status(string status) => status switch
    {
        ProgressStatuses.OnTrack => "plní se", ProgressStatuses.AtRisk => "ohroženo", ProgressStatuses.Achieved => "splněno",
        ProgressStatuses.Missed => "nesplněno", _ => "hodnotí se v poradách",
    };

    public static string Document(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="cs"><head><meta charset="utf-8"><title>{HtmlEncode(title)}</title>
        <style>body{"{"}font-family:sans-serif;margin:2em{"}"} table{"{"}border-collapse:collapse;width:100%{"}"}
        td,th{"{"}border:1px solid #999;padding:.4em;text-align:left;vertical-align:top{"}"}</style></head>
        <body><h1>{HtmlEncode(title)}</h1>
        {body}
        </body></html>
        """;

    public static string Page(PublishedGoals goals)
    {
        var rows = new StringBuilder();
        foreach (var goal in goals.Goals)
        {
            var share = goal.Progress.Share is { } s ? $"{s * 100:0} %" : "";
            var area = GoalCodes.Areas.FirstOrDefault(a => a.Code == goal.Area).Cs;
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{HtmlEncode(goal.Text)}</td><td>{HtmlEncode(area)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{HtmlEncode(goal.ResponsibleRole)}</td><td>{goal.DueOn.ToString("d. M. yyyy", Czech)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{share} {HtmlEncode(Status(goal.Progress.Status))}</td></tr>\n");
        }

        return Document($"Operační cíle {goals.CentreName} na rok {goals.Year}", $"""
            <p>Schválená verze {goals.Version}. Plnění ke dni {goals.AsOf.ToString("d. M. yyyy", Czech)}.</p>
            <table><thead><tr><th>Cíl</th><th>Oblast</th><th>Odpovídá</th><th>Termín</th><th>Plnění</th></tr></thead>
            <tbody>
            {rows}</tbody></table>
            """);
    }
}
