using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Bodies;

public sealed record UpdateBody(Guid BodyId, long ExpectedVersion, BodyInput Input);

public static class UpdateBodyHandler
{
    public static async Task<BodyResponse> Handle(UpdateBody command, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var body = await session.LoadForUpdateAsync<Body>(command.BodyId, command.ExpectedVersion, "Body", ct);
        await command.Input.ApplyToAsync(body, session, clock.Today(), ct);
        return BodyResponse.Of(body, session.NextRevision(body));
    }
}

public sealed class UpdateBodyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/platforms/bodies/{id:guid}", (Guid id, BodyInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<BodyResponse>(new UpdateBody(id, request.ExpectedVersion(), input), response, ct))
            .Validate<BodyInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("update-body")
            .WithSummary("Edit a body and its members (If-Match)")
            .WithDescription("Replaces the body's fields and its whole member list (send back what GET gave, changed); " +
                "end a membership by giving it a `to` day rather than removing it, so that the history stays.")
            .Produces<BodyResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresIfMatch();
}
