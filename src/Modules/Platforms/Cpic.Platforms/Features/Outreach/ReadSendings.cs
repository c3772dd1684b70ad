using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class ReadSendingsEndpoints : ICarterModule
{
    private const string Sendings = "/api/v1/platforms/outreach/sendings";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet(Sendings, async (Guid? listId, int? limit, string? cursor, HttpRequest request, IQuerySession session,
                CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var query = session.Query<Sending>().AsQueryable();
                if (listId is { } list) query = query.Where(s => s.ListId == list);
                if (page.After<Guid?>() is { } after) query = query.Where(s => s.Id < after);
                var rows = await query.OrderByDescending(s => s.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, s => (Guid?)s.Id, s => SendingResponse.Of(s, []) with { Delivered = -1 }, request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-sendings").WithSummary("The centre's sendings, latest first")
            .WithDescription("Filter `listId`; keyset paging with `limit` and `cursor`. Without recipients (`recipients` " +
                "empty, `delivered` -1): read a sending for them.")
            .Produces<Page<SendingResponse>>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet($"{Sendings}/{{id:guid}}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await LoadAsync(id, session, ct)))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-sending").WithSummary("A sending with each recipient's delivery")
            .WithDescription("Status, attempts and the server's last answer per recipient. A sending of another centre is 404.")
            .Produces<SendingResponse>().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet($"{Sendings}/{{id:guid}}/recipients.csv", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Text(RecipientExport.Csv(await LoadAsync(id, session, ct)), "text/csv; charset=utf-8"))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("export-sending-csv").WithSummary("The recipients of a sending as CSV")
            .WithDescription("`name,email,actor,status` with a header row (RFC 4180; cells that a spreadsheet would take for " +
                "a formula are prefixed with '), for sending by other means when no SMTP is configured. Erased people are left out.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet($"{Sendings}/{{id:guid}}/recipients.vcf", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Text(RecipientExport.VCards(await LoadAsync(id, session, ct)), "text/vcard; charset=utf-8"))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("export-sending-vcard").WithSummary("The recipients of a sending as vCards")
            .WithDescription("One vCard 4.0 (RFC 6350) per recipient: FN, ORG, EMAIL. Erased people are left out.")
            .Produces<string>(StatusCodes.Status200OK, "text/vcard").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<SendingResponse> LoadAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        var sending = await session.LoadAsync<Sending>(id, ct) ?? throw new NotFoundException("Sending", id.ToString());
        var deliveries = await session.Query<Delivery>().Where(d => d.SendingId == id).OrderBy(d => d.Name).ToListAsync(ct);
        return SendingResponse.Of(sending, deliveries);
    }
}
