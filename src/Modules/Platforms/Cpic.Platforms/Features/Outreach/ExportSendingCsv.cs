using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class ExportSendingCsvEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapExport("csv", "text/csv", RecipientExport.Csv)
            .WithName("export-sending-csv").WithSummary("The recipients of a sending as CSV")
            .WithDescription("`name,email,actor,status` with a header row (RFC 4180; cells that a spreadsheet would take for " +
                "a formula are prefixed with '), for sending by other means when no SMTP is configured. Erased people are left out.");
}
