using System.Globalization;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Domain;
using FluentValidation;

namespace Cpic.Counselling.Features.Services;

/// <summary>
/// The body of recording or correcting a service. Give <c>clientIds</c> (one client, or several for a group)
/// and/or <c>audienceSize</c> (an uncounted audience). Codes come from <c>/api/v1/reference/service-types</c>,
/// <c>service-forms</c>, <c>counselling-topics</c> and <c>languages</c>. <c>workers</c> defaults to the caller.
/// </summary>
public sealed record ServiceInput(
    IReadOnlyList<Guid>? ClientIds, int? AudienceSize, DateOnly? Date, string? StartTime, int Minutes,
    string ServiceType, string Form, string Workplace, PlaceInput Place, IReadOnlyList<string> Topics,
    InterpreterInput? Interpreter, IReadOnlyList<string>? Workers, string? FundingSource, string? Outcome,
    string? Notes)
{
    /// <summary>Twelve hours: longer is not one intervention but a data-entry error.</summary>
    public const int MaxMinutes = 720;

    public ServiceDetails ToDetails(string userId) => new(
        [.. (ClientIds ?? []).Distinct()], AudienceSize, Date!.Value, StartTime, Minutes, ServiceType, Form, Workplace,
        new Place(Place.Type, Place.Name?.Trim(), Place.Town?.Trim()), [.. Topics.Distinct()],
        Interpreter is null ? null : new Interpreter(Interpreter.Language, Interpreter.External),
        Workers is { Count: > 0 } ? [.. Workers.Distinct()] : [userId], FundingSource, Outcome, Notes);

    internal sealed class Validator : AbstractValidator<ServiceInput>
    {
        public Validator()
        {
            RuleFor(x => x).Must(x => x.ClientIds is { Count: > 0 } || x.AudienceSize > 0).OverridePropertyName("clientIds")
                .WithMessage("Name at least one client, or give audienceSize for an uncounted audience.");
            RuleForEach(x => x.ClientIds).NotEmpty();
            RuleFor(x => x.AudienceSize).InclusiveBetween(1, 10_000);
            RuleFor(x => x.Date).Cascade(CascadeMode.Stop).NotNull().Must(d => d <= ReportingPeriod.Today)
                .WithMessage("The date cannot be in the future.")
                .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("The date is before 2000.");
            RuleFor(x => x.StartTime).Must(t => TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                .When(x => x.StartTime is not null).WithMessage("startTime is a time of day as HH:mm.");
            RuleFor(x => x.Minutes).InclusiveBetween(1, MaxMinutes)
                .WithMessage($"minutes is the duration, from 1 to {MaxMinutes} (12 hours).");
            RuleFor(x => x.ServiceType).Must(CodeLists.ServiceTypes.Contains).WithMessage("Unknown service type code.");
            RuleFor(x => x.Form).Must(CodeLists.ServiceForms.Contains).WithMessage("Unknown service form code.");
            RuleFor(x => x.Workplace).NotEmpty();
            RuleFor(x => x.Place).NotNull().SetValidator(new PlaceInput.Validator());
            RuleFor(x => x.Place.Type).Must((x, type) => (x.Form == "field") == (type != PlaceTypes.Workplace))
                .When(x => x.Place is not null && CodeLists.ServiceForms.Contains(x.Form))
                .WithMessage("A field service takes place at a field place; office and remote ones at a workplace.");
            RuleFor(x => x.Topics).NotEmpty();
            RuleForEach(x => x.Topics).Must(CodeLists.CounsellingTopics.Contains).WithMessage("Unknown topic code '{PropertyValue}'.");
            RuleFor(x => x.Interpreter!.Language).Must(CodeLists.Languages.Contains)
                .When(x => x.Interpreter is not null).WithMessage("Unknown language code.");
            RuleForEach(x => x.Workers).NotEmpty().MaximumLength(100);
            RuleFor(x => x.FundingSource).MaximumLength(60);
            RuleFor(x => x.Outcome).MaximumLength(1000);
            RuleFor(x => x.Notes).MaximumLength(10_000);
        }
    }
}

/// <summary>Where: <c>type</c> is <c>workplace</c> or a field place type, which then needs <c>name</c> and <c>town</c>.</summary>
public sealed record PlaceInput(string Type, string? Name, string? Town)
{
    internal sealed class Validator : AbstractValidator<PlaceInput>
    {
        public Validator()
        {
            RuleFor(x => x.Type).Must(PlaceTypes.All.Contains)
                .WithMessage($"Place type is one of: {string.Join(", ", PlaceTypes.All)}.");
            RuleFor(x => x.Name).NotEmpty().MaximumLength(200).When(x => x.Type != PlaceTypes.Workplace);
            RuleFor(x => x.Town).NotEmpty().MaximumLength(100).When(x => x.Type != PlaceTypes.Workplace);
        }
    }
}

/// <summary>The interpreter used: a language code, and <c>external</c> for a community interpreter from outside.</summary>
public sealed record InterpreterInput(string Language, bool External);
