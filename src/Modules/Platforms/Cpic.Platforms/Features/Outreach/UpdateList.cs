using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.Outreach;

public sealed record UpdateList(Guid ListId, long ExpectedVersion, ListInput Input);

public static class UpdateListHandler
{
    public static async Task<ListResponse> Handle(UpdateList command, IDocumentSession session, CancellationToken ct)
    {
        var list = await session.LoadForUpdateAsync<DistributionList>(command.ListId, command.ExpectedVersion, "Distribution list", ct);
        await command.Input.ApplyToAsync(list, session, ct);
        return ListResponse.Of(list, session.NextRevision(list));
    }
}

public sealed class UpdateListEndpoint : ICarterModule
{
    private const string Lists = "/api/v1/platforms/outreach/lists";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPut($"{Lists}/{{id:guid}}", (Guid id, ListInput input, HttpRequest request, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<ListResponse>(new UpdateList(id, request.ExpectedVersion(), input), response, ct))
            .Validate<ListInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("update-distribution-list").WithSummary("Edit a distribution list (If-Match)")
            .WithDescription("Replaces the list's name, purpose and criteria. Sendings already made keep their recipients.")
            .Produces<ListResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound).RequiresIfMatch();
    }
}
