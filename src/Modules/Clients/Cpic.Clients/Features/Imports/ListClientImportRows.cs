using Carter;
using Cpic.BuildingBlocks.Imports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Imports;

public sealed class ListClientImportRowsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapImportRows("/api/v1/clients/imports", ClientImportLayout.Kind)
            .WithTags("Clients").WithName("list-client-import-rows").WithSummary("The per-row report of a clients import")
            .WithDescription("Centre head only. Each processed row in file order: its line, sourceId, outcome, the client " +
                "it created or was linked to, and for a refused row the errors per field as a 422 would list them. Keyset-paged.");
}
