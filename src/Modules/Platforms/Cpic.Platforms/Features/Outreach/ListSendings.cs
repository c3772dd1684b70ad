using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class ListSendingsEndpoint : ICarterModule
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
    }
}
