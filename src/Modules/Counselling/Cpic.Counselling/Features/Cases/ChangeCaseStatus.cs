using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Cases;

/// <summary>Pause, resume (<c>open</c>) or close a case; closing needs a <c>reason</c> code and ends the case for good.</summary>
/// <param name="Status" example="closed">open, paused or closed.</param>
/// <param name="Reason" example="goal-achieved">For closed: goal-achieved, partly-achieved, client-withdrew, referred-elsewhere, no-contact, moved-away, other.</param>
/// <param name="On" example="2026-11-20">When it happened; defaults to today, not before the case's last status change (or opening).</param>
public sealed record CaseStatusInput(string Status, string? Reason, DateOnly? On) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<CaseStatusInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Status).Must(CaseStatuses.All.Contains).WithMessage("status is open, paused or closed.");
            RuleFor(x => x.Reason).Must(CaseStatuses.CloseReasons.Contains!).When(x => x.Status == CaseStatuses.Closed)
                .WithMessage($"Closing a case needs a reason: {string.Join(", ", CaseStatuses.CloseReasons)}.");
            RuleFor(x => x.On).Must(d => d <= clock.Today()).When(x => x.On is not null)
                .WithMessage("The date cannot be in the future.");
        }
    }
}

public sealed record ChangeCaseStatus(Guid Id, long ExpectedVersion, CaseStatusInput Input, string UserId);

public static class ChangeCaseStatusHandler
{
    public static async Task<(CounsellingCase, OutgoingMessages)> Handle(ChangeCaseStatus command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var @case = await session.LoadForUpdateAsync<CounsellingCase>(command.Id, command.ExpectedVersion, "Case", ct);
        if (@case.Status == CaseStatuses.Closed) throw new ConflictException("The case is closed; open a new case instead.");
        if (@case.Status == command.Input.Status) throw new ConflictException($"The case is already {@case.Status}.");

        // The history starts with the opening, so this also keeps every change on or after openedOn.
        var on = command.Input.On ?? clock.Today();
        var last = @case.History[^1];
        if (on < last.On)
        {
            throw new UnprocessableException("on",
                $"The case became {last.Status} on {last.On:yyyy-MM-dd}; a later change cannot be dated before that.");
        }

        var closing = command.Input.Status == CaseStatuses.Closed;
        @case.Status = command.Input.Status;
        @case.ClosedOn = closing ? on : null;
        @case.CloseReason = closing ? command.Input.Reason : null;
        @case.History.Add(new CaseStatusChange(@case.Status, @case.CloseReason, on, clock.GetUtcNow(), command.UserId));
        session.UpdateRevision(@case, @case.Version + 1);
        @case.Version++;
        var messages = new OutgoingMessages();
        if (closing) messages.Add(new CaseClosed(@case.Id, session.TenantId, @case.ClientId, on, command.Input.Reason!));
        return (@case, messages);
    }
}

public sealed class ChangeCaseStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/cases/{id:guid}/status", async (Guid id, CaseStatusInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var @case = await bus.InvokeAsync<CounsellingCase>(
                    new ChangeCaseStatus(id, request.ExpectedVersion(), input, user.UserId()), ct);
                response.SetETag(@case.Version);
                return Results.Ok(@case);
            })
            .Validate<CaseStatusInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("change-case-status")
            .WithSummary("Pause, resume or close a case (If-Match)")
            .WithDescription("`paused` and `open` switch back and forth; `closed` needs a `reason` code and is final (409 " +
                "afterwards); the current status again is 409 too. `on` defaults to today and is neither in the future nor before " +
                "the case's last status change or its opening (422). Closing publishes `CaseClosed`.")
            .Produces<CounsellingCase>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
