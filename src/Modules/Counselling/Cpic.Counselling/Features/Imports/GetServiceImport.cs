using Carter;
using Cpic.BuildingBlocks.Imports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Imports;

public sealed class GetServiceImportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapImportJob("/api/v1/counselling/imports", ServiceImportLayout.Kind)
            .WithTags("Counselling").WithName("get-service-import").WithSummary("A services import job: status and progress")
            .WithDescription("Centre head only. The job's status (queued, running, completed) and how many rows were " +
                "imported, already imported or refused so far. Another centre's job is a 404.");
}
