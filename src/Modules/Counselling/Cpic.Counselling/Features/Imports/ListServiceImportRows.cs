using Carter;
using Cpic.BuildingBlocks.Imports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Imports;

public sealed class ListServiceImportRowsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapImportRows("/api/v1/counselling/imports", ServiceImportLayout.Kind)
            .WithTags("Counselling").WithName("list-service-import-rows").WithSummary("The per-row report of a services import")
            .WithDescription("Centre head only. Each processed row in file order: its line, sourceId, outcome, the service " +
                "it created, and for a refused row the errors per field as a 422 would list them. Keyset-paged.");
}
