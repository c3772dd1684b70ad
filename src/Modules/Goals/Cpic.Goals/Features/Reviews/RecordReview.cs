using System.Globalization;
using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Contracts;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Cpic.Goals.Progress;
using Cpic.Monitoring.Contracts;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Goals.Features.Reviews;

/// <summary>The monthly review of the approved goals.</summary>
/// <param name="Month" example="2026-03">yyyy-MM within the set's year, not in the future; one review per month (409).</param>
/// <param name="Comments">The team's comment per goal (goals of the approved version).</param>
public sealed record ReviewInput(string Month, IReadOnlyList<GoalComment>? Comments) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<ReviewInput>
    {
        public Validator()
        {
            RuleFor(r => r.Month).Must(m => Parse(m) is not null).WithMessage("month is yyyy-MM.");
            RuleForEach(r => r.Comments).NotNull().ChildRules(c =>
            {
                c.RuleFor(x => x.Comment).MaximumLength(4000);
                c.RuleFor(x => x.CorrectiveActions).MaximumLength(4000);
            });
        }
    }

    internal static DateOnly? Parse(string? month) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;
}

public sealed record RecordReview(Guid SetId, ReviewInput Input, string UserId);

public static class RecordReviewHandler
{
    public static async Task<(ReviewResponse, OutgoingMessages)> Handle(RecordReview command, IDocumentSession session,
        IMonitoringMetrics metrics, TimeProvider clock, CancellationToken ct)
    {
        var set = await session.LoadAsync<GoalSet>(command.SetId, ct) ?? throw new NotFoundException("Goal set", command.SetId.ToString());
        var (first, today) = (ReviewInput.Parse(command.Input.Month)!.Value, clock.Today());
        if (first.Year != set.Year || first > today)
        {
            throw new UnprocessableException("month", $"A review is for a month of {set.Year} that has begun (not a future month).");
        }

        var version = await session.FrozenVersionAsync(set, set.ApprovedNumber, ct);
        if (version is null)
        {
            throw new ConflictException("Reviews follow the approved goals: no version of this set is approved yet.");
        }

        if (await session.LoadAsync<Review>(Review.IdOf(set.Id, command.Input.Month), ct) is not null)
        {
            throw new ConflictException($"The review of {command.Input.Month} is already recorded; reviews are not changed.");
        }

        var comments = command.Input.Comments ?? [];
        if (comments.FirstOrDefault(c => version.Goals.All(g => g.Id != c.GoalId)) is { } stray)
        {
            throw new UnprocessableException("comments", $"Goal {stray.GoalId} is not a goal of approved version {version.Number}.");
        }

        var last = first.AddMonths(1).AddDays(-1);
        var figures = await new ProgressReader(metrics, session).ReadAsync(set.Id, set.Centre, version.Goals, last < today ? last : today, ct);
        var now = clock.GetUtcNow();
        var review = new Review(Review.IdOf(set.Id, command.Input.Month), set.Id, command.Input.Month, version.Number, figures,
            comments, command.UserId, now);
        session.Insert(review);
        var events = await Achievements.NewlyAchievedAsync(session, set, figures, now, ct);
        return (ReviewResponse.From(review, null), [new ReviewRecorded(set.Id, set.Centre, set.Year, review.Month), .. events]);
    }
}

public sealed class RecordReviewEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/goals/sets/{id:guid}/reviews", async (Guid id, ReviewInput input, ClaimsPrincipal user,
                IMessageBus bus, CancellationToken ct) =>
            {
                var review = await bus.InvokeAsync<ReviewResponse>(new RecordReview(id, input, user.UserId()), ct);
                return Results.Created($"/api/v1/goals/sets/{id}/reviews", review);
            })
            .Validate<ReviewInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Goals").WithName("record-review")
            .WithSummary("Record the monthly review: the figures of every key result are frozen in it")
            .WithDescription("Figures as of the month's last day (today for the current month), from 1 January, for the " +
                "approved version. A future month or one outside the set's year is 422, a second review of a month 409, a " +
                "set with nothing approved 409. Publishes `ReviewRecorded` (and `KeyResultAchieved` for key results achieved " +
                "for the first time).")
            .Produces<ReviewResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
