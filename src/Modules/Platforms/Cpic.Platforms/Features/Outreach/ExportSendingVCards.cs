using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class ExportSendingVCardsEndpoint : ICarterModule
{
    private const string Sendings = "/api/v1/platforms/outreach/sendings";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Sendings}/{{id:guid}}/recipients.vcf", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Text(RecipientExport.VCards(await SendingReader.LoadAsync(id, session, ct)), "text/vcard; charset=utf-8"))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("export-sending-vcard").WithSummary("The recipients of a sending as vCards")
            .WithDescription("One vCard 4.0 (RFC 6350) per recipient: FN, ORG, EMAIL. Erased people are left out.")
            .Produces<string>(StatusCodes.Status200OK, "text/vcard").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
