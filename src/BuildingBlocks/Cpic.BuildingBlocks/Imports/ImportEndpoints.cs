using System.ComponentModel;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>
/// What every module's import routes share (centre head only): the module names its route, its layout, the command that
/// starts a job and the OpenAPI texts; reading the upload, the answers and the declarations are the same everywhere.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>
    /// Maps <c>POST {imports}</c>: reads the file (415 for another Content-Type, 413 over the limit, 422 for a bad header),
    /// invokes the command <paramref name="start"/> makes of its format, rows and the uploader, answers 202 with the job.
    /// </summary>
    public static RouteHandlerBuilder MapImportUpload(this IEndpointRouteBuilder app, string imports, ImportLayout layout,
        Func<string, IReadOnlyList<ImportRowText>, string, object> start) => app
        .MapPost(imports, async (HttpRequest request, IMessageBus bus, CancellationToken ct) =>
        {
            var format = ImportFile.FormatOf(request.ContentType);
            var text = await TextUpload.ReadAsync(request, ImportFile.MaxBytes, ct);
            var rows = ImportFile.Parse(text, format, layout);
            var job = await bus.InvokeAsync<ImportJobResponse>(start(format, rows, request.HttpContext.User.UserId()), ct);
            return Results.Accepted($"{imports}/{job.Id}", job);
        })
        .Accepts<string>(ImportFile.Csv, ImportFile.Ndjson).AcceptsBodyUpTo(ImportFile.MaxBytes)
        .RequireAuthorization(Policies.CentreHead)
        .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Maps <c>GET {imports}/{id}</c>: the job of <paramref name="kind"/>, in the caller's centre.</summary>
    public static RouteHandlerBuilder MapImportJob(this IEndpointRouteBuilder app, string imports, string kind) => app
        .MapGet($"{imports}/{{id:guid}}", async ([Description("The import job's id.")] Guid id, IQuerySession session,
            CancellationToken ct) => Results.Ok(await ImportReports.JobAsync(session, id, kind, ct)))
        .RequireAuthorization(Policies.CentreHead).Produces<ImportJobResponse>().ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Maps <c>GET {imports}/{id}/rows</c>: the job's per-row report, keyset-paged.</summary>
    public static RouteHandlerBuilder MapImportRows(this IEndpointRouteBuilder app, string imports, string kind) => app
        .MapGet($"{imports}/{{id:guid}}/rows", async ([Description("The import job's id.")] Guid id,
            [Description("Only rows with this outcome: imported, matched, already-imported or refused.")] string? outcome,
            [Description("Rows per page, 1–200 (default 50).")] int? limit,
            [Description("The nextCursor of the previous page.")] string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
            Results.Ok(await ImportReports.RowsAsync(session, id, kind, outcome, PageRequest.From(limit, cursor), request, ct)))
        .RequireAuthorization(Policies.CentreHead).Produces<Page<ImportRowResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
