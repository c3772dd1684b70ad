using Cpic.Goals.Domain;
using FluentValidation;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>A goal as sent by the centre; omitted fields take the defaults of docs/goals.md.</summary>
/// <param name="Id">Send the id back to keep a goal's reviews and check-ins when editing; omit it for a new goal.</param>
/// <param name="Text" example="Poskytnout sociální poradenství alespoň 250 klientům">The goal in Czech, at most 2,000 characters.</param>
/// <param name="TextEn" example="Social counselling for at least 250 clients">Optional English text.</param>
/// <param name="Area" example="counselling">counselling, field-work, courses, networking, interpreting-community, staff-development, presentation or other.</param>
/// <param name="Workplace" example="LBC-LIB">Optional workplace of the centre.</param>
/// <param name="ResponsibleRole" example="vedoucí centra">Default: vedoucí centra (the head).</param>
/// <param name="DueOn" example="2026-12-31">Default 31 December; within the set's year.</param>
/// <param name="InternalNote" example="Discuss with the region first">Never published.</param>
/// <param name="KeyResults">At most 20.</param>
public sealed record GoalInput(
    Guid? Id, string Text, string? TextEn, string Area, string? Workplace, string? ResponsibleRole, DateOnly? DueOn,
    string? InternalNote, IReadOnlyList<KeyResultInput>? KeyResults)
{
    public const string DefaultResponsible = "vedoucí centra";

    public Goal ToGoal(int year) => new(Id ?? Guid.CreateVersion7(), Text, TextEn, Area, Workplace,
        ResponsibleRole ?? DefaultResponsible, DueOn ?? new DateOnly(year, 12, 31), InternalNote,
        [.. (KeyResults ?? []).Select(k => k.ToKeyResult())]);

    internal sealed class Validator : AbstractValidator<GoalInput>
    {
        public Validator()
        {
            RuleFor(g => g.Text).NotEmpty().MaximumLength(2000);
            RuleFor(g => g.TextEn).MaximumLength(2000);
            RuleFor(g => g.Area).Must(GoalCodes.IsArea)
                .WithMessage($"area is one of: {string.Join(", ", GoalCodes.Areas.Select(a => a.Code))}.");
            RuleFor(g => g.ResponsibleRole).MaximumLength(200);
            RuleFor(g => g.InternalNote).MaximumLength(2000);
            RuleFor(g => g.KeyResults!.Count).LessThanOrEqualTo(20).OverridePropertyName("keyResults")
                .When(g => g.KeyResults is not null).WithMessage("At most 20 key results per goal.");
            RuleForEach(g => g.KeyResults).NotNull().SetValidator(new KeyResultInput.Validator());
        }
    }
}

/// <summary>A key result as sent; see <see cref="KeyResult"/>.</summary>
/// <param name="Id">Send it back to keep the key result's check-ins; omit it for a new one.</param>
/// <param name="Title" example="Klienti sociálního poradenství">A short label, at most 300 characters.</param>
/// <param name="Kind" example="metric">metric, manual or milestone.</param>
/// <param name="Metric" example="clients">Kind metric: a metric of GET /api/v1/goals/catalogue.</param>
/// <param name="Filters">Kind metric: at most two filters the metric takes, e.g. {"serviceType": "social-counselling"}.</param>
/// <param name="Unit" example="meetings">Kind manual: the unit.</param>
/// <param name="Start" example="0">Default 0.</param>
/// <param name="Target" example="250">Above 0 (and above start for at-least); not sent for a milestone.</param>
/// <param name="Comparison" example="at-least">at-least (default) or at-most.</param>
/// <param name="Weight" example="1">Above 0, default 1.</param>
public sealed record KeyResultInput(
    Guid? Id, string Title, string Kind, string? Metric, Dictionary<string, string>? Filters, string? Unit,
    decimal? Start, decimal? Target, string? Comparison, decimal? Weight)
{
    public KeyResult ToKeyResult() => Kind == GoalCodes.Milestone
        ? new(Id ?? Guid.CreateVersion7(), Title, Kind, null, null, null, 0, 1, GoalCodes.AtLeast, Weight ?? 1)
        : new(Id ?? Guid.CreateVersion7(), Title, Kind, Metric, Kind == GoalCodes.Metric ? Filters ?? [] : null, Unit,
            Start ?? 0, Target ?? 0, Comparison ?? GoalCodes.AtLeast, Weight ?? 1);

    internal sealed class Validator : AbstractValidator<KeyResultInput>
    {
        public Validator()
        {
            RuleFor(k => k.Title).NotEmpty().MaximumLength(300);
            RuleFor(k => k.Kind).Must(GoalCodes.Kinds.Contains).WithMessage("kind is metric, manual or milestone.");
            RuleFor(k => k.Metric).NotEmpty().When(k => k.Kind == GoalCodes.Metric).WithMessage("A metric key result names its metric.");
            RuleFor(k => k.Unit).NotEmpty().MaximumLength(50).When(k => k.Kind == GoalCodes.Manual)
                .WithMessage("A manual key result names its unit (at most 50 characters).");
            RuleFor(k => k.Target).NotNull().GreaterThan(0).When(k => k.Kind != GoalCodes.Milestone)
                .WithMessage("The target must be above 0.");
            RuleFor(k => k.Start).GreaterThanOrEqualTo(0).WithMessage("The start value must not be negative.");
            RuleFor(k => k.Target).GreaterThan(k => k.Start ?? 0)
                .When(k => k.Kind != GoalCodes.Milestone && k.Comparison is null or GoalCodes.AtLeast && k.Target > 0)
                .WithMessage("An at-least target must be above the start value.");
            RuleFor(k => k.Comparison).Must(c => c is null || GoalCodes.Comparisons.Contains(c))
                .WithMessage("comparison is at-least or at-most.");
            RuleFor(k => k.Weight).GreaterThan(0).When(k => k.Weight is not null);
        }
    }
}
