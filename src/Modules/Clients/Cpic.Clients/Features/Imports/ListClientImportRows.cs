using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Imports;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Imports;

public sealed class ListClientImportRowsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/imports/{id:guid}/rows", async ([Description("The import job's id.")] Guid id,
                [Description("Only rows with this outcome: imported, matched, already-imported or refused.")] string? outcome,
                int? limit, string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await ImportReports.RowsAsync(session, id, ClientImportLayout.Kind, outcome,
                    PageRequest.From(limit, cursor), request, ct)))
            .DeclaresImportRows()
            .WithTags("Clients").WithName("list-client-import-rows").WithSummary("The per-row report of a clients import")
            .WithDescription("Centre head only. Each processed row in file order: its line, sourceId, outcome, the client " +
                "it created or was linked to, and for a refused row the errors per field as a 422 would list them. Keyset-paged.");
}
