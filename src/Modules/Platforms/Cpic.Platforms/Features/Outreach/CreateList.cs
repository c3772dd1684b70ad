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

public static class CreateListHandler
{
    public static async Task<ListResponse> Handle(CreateList command, IDocumentSession session, CancellationToken ct)
    {
        var list = new DistributionList { Id = Guid.CreateVersion7(), Version = 1 };
        await command.Input.ApplyToAsync(list, session, ct);
        session.Insert(list);
        return ListResponse.Of(list, 1);
    }
}

public sealed class CreateListEndpoint : ICarterModule
{
    private const string Lists = "/api/v1/platforms/outreach/lists";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost(Lists, (ListInput input, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.CreatedAsync<ListResponse>(new CreateList(input), response, l => $"{Lists}/{l.Id}", ct))
            .Validate<ListInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("create-distribution-list")
            .WithSummary("Create a distribution list from a query or by hand")
            .WithDescription("Criteria: `actorTypes`, `towns`, `themes`, `bodyIds` (current seat); all given ones must match. " +
                "Plus `actorIds` and `personIds` picked by hand. The list keeps no addresses: it is resolved when sent, to " +
                "the people who consent to `purpose` then. Bodies, actors and people must be the centre's (422).")
            .Produces<ListResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
