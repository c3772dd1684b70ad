using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Imports;

/// <summary>What every module's import routes share: reading the upload and the OpenAPI declarations (centre head only).</summary>
public static class ImportEndpoints
{
    /// <summary>The uploaded file's format and rows; 415 for another Content-Type, 413 over the limit, 422 for a bad header.</summary>
    public static async Task<(string Format, List<ImportRowText> Rows)> ReadAsync(HttpRequest request, ImportLayout layout,
        CancellationToken ct)
    {
        var format = ImportFile.FormatOf(request.ContentType);
        var text = await TextUpload.ReadAsync(request, ImportFile.MaxBytes, ct);
        return (format, ImportFile.Parse(text, format, layout));
    }

    public static RouteHandlerBuilder DeclaresImportUpload(this RouteHandlerBuilder builder) => builder
        .Accepts<string>(ImportFile.Csv, ImportFile.Ndjson).AcceptsBodyUpTo(ImportFile.MaxBytes)
        .RequireAuthorization(Policies.CentreHead)
        .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static RouteHandlerBuilder DeclaresImportJob(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.CentreHead).Produces<ImportJobResponse>().ProducesProblem(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder DeclaresImportRows(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.CentreHead).Produces<Page<ImportRowResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
