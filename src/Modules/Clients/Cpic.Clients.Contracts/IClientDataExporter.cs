using System.Security.Claims;
using System.Text.Json.Nodes;

namespace Cpic.Clients.Contracts;

/// <summary>
/// Hook for the subject access export (<c>GET /api/v1/clients/{id}/export</c>): a module that holds data about a
/// client registers an implementation in DI, and its section appears in the export under <see cref="Section"/>.
/// Only BCL types, so that any module may implement it without seeing the Clients module's internals.
/// </summary>
public interface IClientDataExporter
{
    /// <summary>The section's name in the export, e.g. <c>counselling</c>.</summary>
    string Section { get; }

    /// <summary>
    /// Everything the module holds on the client of <paramref name="centre"/> that <paramref name="reader"/> (the
    /// caller) may read elsewhere in the API; null when it holds nothing.
    /// </summary>
    Task<JsonNode?> ExportAsync(Guid clientId, string centre, ClaimsPrincipal reader, CancellationToken ct);
}
