using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Imports;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Imports;

public sealed class GetServiceImportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/imports/{id:guid}", async ([Description("The import job's id.")] Guid id,
                IQuerySession session, CancellationToken ct) =>
                Results.Ok(await ImportReports.JobAsync(session, id, ServiceImportLayout.Kind, ct)))
            .DeclaresImportJob()
            .WithTags("Counselling").WithName("get-service-import").WithSummary("A services import job: status and progress")
            .WithDescription("Centre head only. The job's status (queued, running, completed) and how many rows were " +
                "imported, already imported or refused so far. Another centre's job is a 404.");
}
