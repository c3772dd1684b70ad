using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Imports;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Imports;

/// <summary>Stores an uploaded services file as a job and queues its first chunk.</summary>
public sealed record StartServiceImport(string Format, IReadOnlyList<ImportRowText> Rows, string By) : WithheldFromLogs;

public static class StartServiceImportHandler
{
    public static (ImportJobResponse, OutgoingMessages) Handle(StartServiceImport command, IDocumentSession session, TimeProvider clock)
    {
        var job = ImportJobs.Start(session, ServiceImportLayout.Kind, command.Format, command.Rows, command.By, clock.GetUtcNow());
        return (job, [new RunServiceImport(job.Id)]);
    }
}

public sealed class StartServiceImportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/imports", async (HttpRequest request, IMessageBus bus, CancellationToken ct) =>
            {
                var (format, rows) = await ImportEndpoints.ReadAsync(request, ServiceImportLayout.Layout, ct);
                var job = await bus.InvokeAsync<ImportJobResponse>(new StartServiceImport(format, rows, request.HttpContext.User.UserId()), ct);
                return Results.Accepted($"/api/v1/counselling/imports/{job.Id}", job);
            })
            .DeclaresImportUpload()
            .WithTags("Counselling").WithName("import-services").WithSummary("Import services (bulk history import)")
            .WithDescription("Centre head only. The body is a file of the centre's services from a spreadsheet or an older " +
                "system: text/csv with a header row (columns sourceId, clientSourceIds, clientIds, audienceSize, date, startTime, " +
                "minutes, serviceType, form, workplace, place.type/name/town, topics, interpreter.language/external, workers, " +
                "fundingSource, outcome, notes; lists separated by |), or application/x-ndjson (one record-service body per " +
                "line with sourceId and clientSourceIds). clientSourceIds names clients by the sourceId of a clients import " +
                "of the centre; clientIds by Cpic id. At most 32 MB and 100,000 rows. Answers 202 with the job (Location); " +
                "each row is checked as recording a service checks it and publishes ServiceRecorded, so the statistics count " +
                "it. A sourceId imported before is never imported twice. An unknown or missing column is 422 and stores nothing. " +
                "Import the clients first: a client Counselling has not heard of yet refuses the row; upload the file again.");
}
