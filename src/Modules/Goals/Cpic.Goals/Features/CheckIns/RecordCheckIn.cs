using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Goals.Progress;
using Cpic.Monitoring.Contracts;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.CheckIns;

/// <summary>A value of a manual key result, or a milestone done, on a day of the set's year.</summary>
/// <param name="Value" example="2">Manual key results: the value reached (not negative).</param>
/// <param name="Done" example="true">Milestones: whether it is done.</param>
/// <param name="On" example="2026-04-15">The day: within the set's year, not in the future.</param>
/// <param name="Note" example="Minutes of the meeting with OAMP filed">Evidence, at most 2,000 characters.</param>
public sealed record CheckInInput(decimal? Value, bool? Done, DateOnly? On, string? Note) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<CheckInInput>
    {
        public Validator()
        {
            RuleFor(c => c.On).NotNull();
            RuleFor(c => c.Value).GreaterThanOrEqualTo(0);
            RuleFor(c => c.Note).MaximumLength(2000);
        }
    }
}

/// <summary>The check-in as stored, with who recorded it.</summary>
public sealed record CheckInResponse(Guid Id, Guid KeyResultId, decimal? Value, bool? Done, DateOnly On, string? Note,
    string By, DateTimeOffset At);

public sealed record RecordCheckIn(Guid SetId, Guid KeyResultId, CheckInInput Input, string UserId);

public static class RecordCheckInHandler
{
    public static async Task<(CheckInResponse, OutgoingMessages)> Handle(RecordCheckIn command, IDocumentSession session,
        IMonitoringMetrics metrics, TimeProvider clock, CancellationToken ct)
    {
        var set = await session.LoadAsync<GoalSet>(command.SetId, ct) ?? throw new NotFoundException("Goal set", command.SetId.ToString());
        var kr = set.Goals.SelectMany(g => g.KeyResults).FirstOrDefault(k => k.Id == command.KeyResultId)
            ?? throw new NotFoundException("Key result", command.KeyResultId.ToString());
        var (input, today) = (command.Input, clock.Today());
        var error = kr.Kind == GoalCodes.Metric ? ("kind", "A metric key result is computed from Monitoring's figures; it takes no check-ins.")
            : kr.Kind == GoalCodes.Manual && input.Value is null ? ("value", "A manual key result's check-in carries a value.")
            : kr.Kind == GoalCodes.Milestone && input.Done is null ? ("done", "A milestone's check-in says whether it is done.")
            : input.On!.Value.Year != set.Year || input.On > today ? ("on", $"The day must be within {set.Year} and not in the future.")
            : default((string, string)?);
        if (error is var (field, message))
        {
            throw new UnprocessableException(field, message);
        }

        var now = clock.GetUtcNow();
        var checkIn = new CheckIn(Guid.CreateVersion7(), set.Id, kr.Id, kr.Kind == GoalCodes.Manual ? input.Value : null,
            kr.Kind == GoalCodes.Milestone ? input.Done : null, input.On!.Value, input.Note, command.UserId, now);
        session.Insert(checkIn);
        var live = await new ProgressReader(metrics, session).ReadAsync(set.Id, set.Centre, set.Goals, today, ct, checkIn);
        var events = await Achievements.NewlyAchievedAsync(session, set, live, now, ct);
        return (new CheckInResponse(checkIn.Id, kr.Id, checkIn.Value, checkIn.Done, checkIn.On, checkIn.Note, checkIn.By, now),
            [.. events]);
    }
}

public sealed class RecordCheckInEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/key-results/{keyResultId:guid}/check-ins", async (Guid id, Guid keyResultId,
                CheckInInput input, ClaimsPrincipal user, IMessageBus bus, CancellationToken ct) =>
            {
                var checkIn = await bus.InvokeAsync<CheckInResponse>(new RecordCheckIn(id, keyResultId, input, user.UserId()), ct);
                return Results.Created($"/api/v1/goals/sets/{id}", checkIn);
            })
            .Validate<CheckInInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Goals").WithName("record-check-in")
            .WithSummary("Record a check-in of a manual key result or a milestone")
            .WithDescription("Kept as history; the latest check-in up to a day is the key result's value on that day. A " +
                "metric key result takes none (422). Publishes `KeyResultAchieved` the first time the key result is achieved.")
            .Produces<CheckInResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound);
}
