using Cpic.BuildingBlocks;
using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Contracts;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.FollowUp;

public sealed record CloseActionItem(Guid ActionItemId, long ExpectedVersion, StatusInput Input, string UserId);

public static class CloseActionItemHandler
{
    public static async Task<(ActionItemResponse, OutgoingMessages)> Handle(CloseActionItem command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var item = await session.LoadForUpdateAsync<ActionItem>(command.ActionItemId, command.ExpectedVersion, "Action item", ct);
        var input = command.Input;
        if (input.Status is not (ActionStatuses.Done or ActionStatuses.Cancelled))
        {
            throw new UnprocessableException("status", "status is done or cancelled.");
        }

        if (item.Status != ActionStatuses.Open) throw new ConflictException($"The action item is {item.Status} already.");
        var on = input.On!.Value;
        var overdue = item.DueOn < on;
        item.Status = input.Status;
        item.History.Add(new StatusChange(input.Status, on, input.Note, command.UserId));
        return (ActionItemResponse.Of(item, session.NextRevision(item), clock.Today()),
            [new ActionItemClosed(item.Id, session.TenantId, on, item.Status, overdue)]);
    }
}

public sealed class CloseActionItemEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/action-items/{id:guid}/status", (Guid id, StatusInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<ActionItemResponse>(
                    new CloseActionItem(id, request.ExpectedVersion(), input, user.UserId()), response, ct))
            .Validate<StatusInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("close-action-item")
            .WithSummary("Close an action item as done or cancelled (If-Match)")
            .WithDescription("open → done or cancelled, dated; a closed item is 409. Publishes `ActionItemClosed` (with " +
                "whether it was closed after its due date). Until closed, it appears among the open items of its body's next meeting.")
            .Produces<ActionItemResponse>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
