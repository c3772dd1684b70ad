using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Imports;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Clients.Features.Imports;

/// <summary>Stores an uploaded clients file as a job and queues its first chunk.</summary>
public sealed record StartClientImport(string Format, IReadOnlyList<ImportRowText> Rows, string By) : WithheldFromLogs;

public static class StartClientImportHandler
{
    public static (ImportJobResponse, OutgoingMessages) Handle(StartClientImport command, IDocumentSession session, TimeProvider clock)
    {
        var job = ImportJobs.Start(session, ClientImportLayout.Kind, command.Format, command.Rows, command.By, clock.GetUtcNow());
        return (job, [new RunClientImport(job.Id)]);
    }
}

/// <summary>The module's import routes: upload, job and per-row report (ImportEndpoints does the rest).</summary>
public sealed class ClientImportsEndpoint : ICarterModule
{
    private const string Imports = "/api/v1/clients/imports";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapImportUpload(Imports, ClientImportLayout.Layout, (format, rows, by) => new StartClientImport(format, rows, by))
            .WithTags("Clients").WithName("import-clients").WithSummary("Import clients with their residence statuses (bulk history import)")
            .WithDescription("Centre head only. The body is a file of the centre's clients from a spreadsheet or an older system: " +
                "text/csv with a header row (columns sourceId, anonymous, workplace, givenNames, surname, nativeName, pseudonym, " +
                "birthDate, birthYear, birthYearBand, sex, nationality, otherCitizenships, preferredLanguage, languages, " +
                "contact.phone/email/town/region, vulnerability.*, residence.category/permitType/documentNumber/validFrom/" +
                "validUntil/verifiedBy/verifiedOn; lists separated by |), or application/x-ndjson (one register-client body " +
                "per line with sourceId and residenceStatuses). At most 32 MB and 100,000 rows. Answers 202 with the job " +
                "(Location); the rows are imported in the background, in chunks, each checked as registration and recording " +
                "a residence status check it. A row that is for certain an existing client (same names, birth date and " +
                "nationality) is linked to it (matched); a sourceId imported before is never imported twice, so uploading " +
                "the same file again imports only what was refused. An unknown or missing column is 422 and stores nothing.");

        app.MapImportJob(Imports, ClientImportLayout.Kind)
            .WithTags("Clients").WithName("get-client-import").WithSummary("A clients import job: status and progress")
            .WithDescription("Centre head only. The job's status (queued, running, completed) and how many rows were " +
                "imported, matched to an existing client, already imported or refused so far. Another centre's job is a 404.");

        app.MapImportRows(Imports, ClientImportLayout.Kind)
            .WithTags("Clients").WithName("list-client-import-rows").WithSummary("The per-row report of a clients import")
            .WithDescription("Centre head only. Each processed row in file order: its line, sourceId, outcome, the client " +
                "it created or was linked to, and for a refused row the errors per field as a 422 would list them. Keyset-paged.");
    }
}
