using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Bodies;

public sealed record CreateBody(BodyInput Input);

public static class CreateBodyHandler
{
    public static async Task<BodyResponse> Handle(CreateBody command, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var body = new Body { Id = Guid.CreateVersion7(), Version = 1 };
        await command.Input.ApplyToAsync(body, session, clock.Today(), ct);
        session.Insert(body);
        return BodyResponse.Of(body);
    }
}

public sealed class CreateBodyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/bodies", (BodyInput input, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.CreatedAsync<BodyResponse>(new CreateBody(input), response, b => $"/api/v1/platforms/bodies/{b.Id}", ct))
            .Validate<BodyInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("create-body")
            .WithSummary("Create a platform, working group, commission... with its members")
            .WithDescription("Organised by the centre (no `organiserActorId`) or by an actor of the centre. The organiser, " +
                "member actors and their representatives must be the centre's (422 naming the member). A seat counts as the " +
                "actor's participation in the network from its `from` day.")
            .Produces<BodyResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status400BadRequest);
}
