using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Imports;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Imports;

public sealed class ListServiceImportRowsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/imports/{id:guid}/rows", async ([Description("The import job's id.")] Guid id,
                [Description("Only rows with this outcome: imported, matched, already-imported or refused.")] string? outcome,
                int? limit, string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await ImportReports.RowsAsync(session, id, ServiceImportLayout.Kind, outcome,
                    PageRequest.From(limit, cursor), request, ct)))
            .DeclaresImportRows()
            .WithTags("Counselling").WithName("list-service-import-rows").WithSummary("The per-row report of a services import")
            .WithDescription("Centre head only. Each processed row in file order: its line, sourceId, outcome, the service " +
                "it created, and for a refused row the errors per field as a 422 would list them. Keyset-paged.");
}
