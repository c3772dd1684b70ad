using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Features.Statistics;

/// <summary>GET /api/v1/monitoring/statistics: figures of a period and scope, as JSON, CSV or XLSX.</summary>
public sealed class GetStatisticsEndpoint : ICarterModule
{
    /// <summary>The definitions version, also on CSV and XLSX downloads (JSON carries it in the body too).</summary>
    public const string DefinitionHeader = "Cpic-Statistics-Definition";

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/statistics", Handle)
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Monitoring").WithName("get-monitoring-statistics")
            .WithSummary("Statistics of services and courses for a period and scope")
            .WithDescription(StatisticsDocs.Description)
            .Produces<StatisticsResult>(200, "application/json", StatisticsExport.CsvType, StatisticsExport.XlsxType)
            .ProducesHeader(DefinitionHeader, "The version of the statistics definitions the figures follow.", 200)
            .ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

    private static async Task<IResult> Handle(string? from, string? to, string? centre, string? workplace,
        string? region, string? groupBy, string? format, string? @public, ClaimsPrincipal user, HttpContext http,
        IQuerySession session, IDocumentStore store, CancellationToken ct)
    {
        var (start, end) = StatisticsQuery.Period(from, to);
        var dimensions = StatisticsQuery.GroupBy(groupBy);
        var publicFigures = StatisticsQuery.Flag(@public, "public");
        var contentType = Negotiate(format, http.Request);
        var scope = await CallerScope.Resolve(user, session, centre, workplace, region, ct);
        var filter = new StatisticsFilter(start, end, scope.Centre, scope.Workplace, scope.Region, dimensions, publicFigures);
        var result = PublicFigures.Protect(await new StatisticsReader(store).Read(filter, ct));
        http.Response.Headers[DefinitionHeader] = StatisticsReader.DefinitionVersion;
        return contentType switch
        {
            StatisticsExport.CsvType => new StreamResult($"{contentType}; charset=utf-8", "statistics.csv", s => StatisticsExport.WriteCsv(result, s, ct)),
            StatisticsExport.XlsxType => new StreamResult(contentType, "statistics.xlsx", s => StatisticsExport.WriteXlsx(result, s, ct)),
            _ => Results.Ok(result),
        };
    }

    /// <summary><c>format=</c> wins over the Accept header; JSON is the default.</summary>
    private static string Negotiate(string? format, HttpRequest request) => format?.ToLowerInvariant() switch
    {
        "csv" => StatisticsExport.CsvType,
        "xlsx" => StatisticsExport.XlsxType,
        "json" => "application/json",
        null => request.Headers.Accept.ToString() switch
        {
            var a when a.Contains(StatisticsExport.CsvType, StringComparison.OrdinalIgnoreCase) => StatisticsExport.CsvType,
            var a when a.Contains(StatisticsExport.XlsxType, StringComparison.OrdinalIgnoreCase) => StatisticsExport.XlsxType,
            _ => "application/json",
        },
        _ => throw new UnprocessableException("format", "format must be json, csv or xlsx."),
    };
}

/// <summary>Writes a download straight to the response body.</summary>
internal sealed class StreamResult(string contentType, string fileName, Func<Stream, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = contentType;
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(httpContext.Response.Body);
    }
}
