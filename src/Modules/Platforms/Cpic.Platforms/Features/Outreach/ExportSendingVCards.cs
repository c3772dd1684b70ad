using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class ExportSendingVCardsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapExport("vcf", "text/vcard", RecipientExport.VCards)
            .WithName("export-sending-vcard").WithSummary("The recipients of a sending as vCards")
            .WithDescription("One vCard 4.0 (RFC 6350) per recipient: FN, ORG, EMAIL. Erased people are left out.");
}
