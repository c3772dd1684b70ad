using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Outreach;

public sealed record CreateList(ListInput Input);

public sealed record UpdateList(Guid ListId, long ExpectedVersion, ListInput Input);

public static class DistributionListHandler
{
    public static async Task<ListResponse> Handle(CreateList command, IDocumentSession session, CancellationToken ct)
    {
        var list = new DistributionList { Id = Guid.CreateVersion7(), Version = 1 };
        await command.Input.ApplyToAsync(list, session, ct);
        session.Insert(list);
        return ListResponse.Of(list, 1);
    }

    public static async Task<ListResponse> Handle(UpdateList command, IDocumentSession session, CancellationToken ct)
    {
        var list = await session.LoadToChangeAsync<DistributionList>(command.ListId, command.ExpectedVersion, "Distribution list", ct);
        await command.Input.ApplyToAsync(list, session, ct);
        session.UpdateRevision(list, list.Version + 1);
        return ListResponse.Of(list, list.Version + 1);
    }
}

public sealed class ManageListsEndpoints : ICarterModule
{
    private const string Lists = "/api/v1/platforms/outreach/lists";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost(Lists, async (ListInput input, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var list = await bus.InvokeAsync<ListResponse>(new CreateList(input), ct);
                response.SetETag(list.Version);
                return Results.Created($"{Lists}/{list.Id}", list);
            })
            .Validate<ListInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("create-distribution-list")
            .WithSummary("Create a distribution list from a query or by hand")
            .WithDescription("Criteria: `actorTypes`, `towns`, `themes`, `bodyIds` (current seat); all given ones must match. " +
                "Plus `actorIds` and `personIds` picked by hand. The list keeps no addresses: it is resolved when sent, to " +
                "the people who consent to `purpose` then. Bodies, actors and people must be the centre's (422).")
            .Produces<ListResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapPut($"{Lists}/{{id:guid}}", async (Guid id, ListInput input, HttpRequest request, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var list = await bus.InvokeAsync<ListResponse>(new UpdateList(id, request.ExpectedVersion(), input), ct);
                response.SetETag(list.Version);
                return Results.Ok(list);
            })
            .Validate<ListInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("update-distribution-list").WithSummary("Edit a distribution list (If-Match)")
            .WithDescription("Replaces the list's name, purpose and criteria. Sendings already made keep their recipients.")
            .Produces<ListResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound).RequiresIfMatch();

        app.MapGet(Lists, async (int? limit, string? cursor, HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var query = session.Query<DistributionList>().AsQueryable();
                if (page.After<Guid?>() is { } after) query = query.Where(l => l.Id > after);
                var rows = await query.OrderBy(l => l.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, l => (Guid?)l.Id, l => ListResponse.Of(l, l.Version), request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-distribution-lists").WithSummary("The centre's distribution lists")
            .WithDescription("In creation order, keyset-paged with `limit` and `cursor`.")
            .Produces<Page<ListResponse>>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet($"{Lists}/{{id:guid}}", async (Guid id, HttpResponse response, IQuerySession session, CancellationToken ct) =>
            {
                var list = await session.LoadAsync<DistributionList>(id, ct) ?? throw new NotFoundException("Distribution list", id.ToString());
                response.SetETag(list.Version);
                return Results.Ok(ListResponse.Of(list, list.Version));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-distribution-list").WithSummary("Get a distribution list")
            .WithDescription("With its `ETag`. A list of another centre is 404.")
            .Produces<ListResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet($"{Lists}/{{id:guid}}/recipients", async (Guid id, IQuerySession session, CancellationToken ct) =>
            {
                var list = await session.LoadAsync<DistributionList>(id, ct) ?? throw new NotFoundException("Distribution list", id.ToString());
                return Results.Ok((await Recipients.ResolveAsync(list, session, ct)).Select(r => Recipients.Of(r.Person, r.Actor)).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("preview-distribution-list").WithSummary("Who the list reaches today")
            .WithDescription("The people a sending would go to now: of the selected active actors (or picked by hand), with " +
                "an e-mail and consent to the list's purpose, by name.")
            .Produces<IReadOnlyList<Recipient>>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
