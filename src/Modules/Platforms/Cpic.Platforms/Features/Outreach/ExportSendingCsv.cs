using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class ExportSendingCsvEndpoint : ICarterModule
{
    private const string Sendings = "/api/v1/platforms/outreach/sendings";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Sendings}/{{id:guid}}/recipients.csv", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Text(RecipientExport.Csv(await SendingReader.LoadAsync(id, session, ct)), "text/csv; charset=utf-8"))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("export-sending-csv").WithSummary("The recipients of a sending as CSV")
            .WithDescription("`name,email,actor,status` with a header row (RFC 4180; cells that a spreadsheet would take for " +
                "a formula are prefixed with '), for sending by other means when no SMTP is configured. Erased people are left out.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
