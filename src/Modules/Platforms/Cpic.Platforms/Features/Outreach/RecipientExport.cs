using System.Text;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>A sending's recipients as CSV (RFC 4180) or vCard 4.0 (RFC 6350), for sending them by other means.</summary>
internal static class RecipientExport
{
    /// <summary>Maps <c>GET /outreach/sendings/{id}/recipients.{extension}</c> answering the sending's recipients in <paramref name="format"/>.</summary>
    public static RouteHandlerBuilder MapExport(this IEndpointRouteBuilder app, string extension, string contentType,
        Func<SendingResponse, string> format) =>
        app.MapGet($"/api/v1/platforms/outreach/sendings/{{id:guid}}/recipients.{extension}", async (Guid id, IQuerySession session,
                CancellationToken ct) => Results.Text(format(await SendingReader.LoadAsync(id, session, ct)), $"{contentType}; charset=utf-8"))
            .RequireAuthorization(Policies.CentreStaff).WithTags("Platforms")
            .Produces<string>(StatusCodes.Status200OK, contentType).ProducesProblem(StatusCodes.Status404NotFound);

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
