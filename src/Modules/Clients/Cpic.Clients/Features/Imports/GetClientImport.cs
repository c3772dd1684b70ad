using Carter;
using Cpic.BuildingBlocks.Imports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Imports;

public sealed class GetClientImportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapImportJob("/api/v1/clients/imports", ClientImportLayout.Kind)
            .WithTags("Clients").WithName("get-client-import").WithSummary("A clients import job: status and progress")
            .WithDescription("Centre head only. The job's status (queued, running, completed) and how many rows were " +
                "imported, matched to an existing client, already imported or refused so far. Another centre's job is a 404.");
}
