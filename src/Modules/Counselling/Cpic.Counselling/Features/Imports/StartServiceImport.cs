using Carter;
using Cpic.BuildingBlocks;
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

/// <summary>The module's import routes: upload, job and per-row report (ImportEndpoints does the rest).</summary>
public sealed class ServiceImportsEndpoint : ICarterModule
{
    private const string Imports = "/api/v1/counselling/imports";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapImportUpload(Imports, ServiceImportLayout.Layout, (format, rows, by) => new StartServiceImport(format, rows, by))
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

        app.MapImportJob(Imports, ServiceImportLayout.Kind)
            .WithTags("Counselling").WithName("get-service-import").WithSummary("A services import job: status and progress")
            .WithDescription("Centre head only. The job's status (queued, running, completed) and how many rows were " +
                "imported, already imported or refused so far. Another centre's job is a 404.");

        app.MapImportRows(Imports, ServiceImportLayout.Kind)
            .WithTags("Counselling").WithName("list-service-import-rows").WithSummary("The per-row report of a services import")
            .WithDescription("Centre head only. Each processed row in file order: its line, sourceId, outcome, the service " +
                "it created, and for a refused row the errors per field as a 422 would list them. Keyset-paged.");
    }
}
