using System.Text;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>A sending's recipients as CSV (RFC 4180) or vCard 4.0 (RFC 6350), for sending them by other means.</summary>
internal static class RecipientExport
{
    public static string Csv(SendingResponse sending)
    {
        var csv = new StringBuilder("name,email,actor,status\r\n");
        foreach (var r in Known(sending))
        {
            csv.Append(string.Join(',', new[] { r.Name!, r.Email!, r.ActorName, r.Status }.Select(Cell))).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string VCards(SendingResponse sending)
    {
        var cards = new StringBuilder();
        foreach (var r in Known(sending))
        {
            cards.Append("BEGIN:VCARD\r\nVERSION:4.0\r\n").Append($"FN:{Text(r.Name!)}\r\nORG:{Text(r.ActorName)}\r\n")
                .Append($"EMAIL:{Text(r.Email!)}\r\nEND:VCARD\r\n");
        }

        return cards.ToString();
    }

    private static IEnumerable<DeliveryResponse> Known(SendingResponse sending) => sending.Recipients.Where(r => r.Email is not null);

    internal static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static string Text(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
