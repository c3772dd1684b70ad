using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Domain;
using FluentValidation;

namespace Cpic.Counselling.Features.Services;

/// <summary>
/// The body of recording or correcting a service. Give <c>clientIds</c> (one client, or several for a group)
/// and/or <c>audienceSize</c> (an uncounted audience). Codes come from <c>/api/v1/reference/service-types</c>,
/// <c>service-forms</c>, <c>counselling-topics</c> and <c>languages</c>. <c>workers</c> defaults to the caller.
/// </summary>
/// <param name="ClientIds" example="[&quot;0193a5c2-0000-7000-8000-000000000001&quot;]">Clients served (ids from the Clients module, of the caller's centre): one for an individual service, up to 500 for a group. May be empty when audienceSize is given.</param>
/// <param name="AudienceSize" example="12">An uncounted audience (information sessions), 1–10,000, in addition to or instead of clientIds.</param>
/// <param name="Date" example="2026-11-20">Day of the service: not in the future (Czech time), not before 2000.</param>
/// <param name="StartTime" example="09:30">Start time HH:mm, optional.</param>
/// <param name="Minutes" example="45">Duration in minutes, 1–720.</param>
/// <param name="ServiceType" example="social-counselling">Code from /api/v1/reference/service-types (OSP, legal counselling, intercultural assistance...).</param>
/// <param name="Form" example="office">Code from /api/v1/reference/service-forms: office, field or remote.</param>
/// <param name="Workplace" example="LBC-LIB">Workplace code of the caller's centre the service counts for.</param>
/// <param name="Place">Where: {"type":"workplace"} for office and remote services; for form field a field place type with name and town.</param>
/// <param name="Topics" example="[&quot;residence&quot;,&quot;housing&quot;]">At least one code from /api/v1/reference/counselling-topics.</param>
/// <param name="Interpreter">The interpreter used, if any: language code and whether a community interpreter was external.</param>
/// <param name="Workers" example="[&quot;jnovak&quot;]">Workers who gave the service (at most 20); defaults to the caller.</param>
/// <param name="FundingSource" example="CZ.12.01.02/00/24_022/0000077">Project code paying for the service, at most 60 characters.</param>
/// <param name="Outcome" example="Explained the extension of temporary protection.">Short outcome, at most 1,000 characters; not protected, erased when the client is anonymised.</param>
/// <param name="Notes" example="Family situation discussed in confidence.">Protected notes, at most 10,000 characters: read only by counsellors and centre heads, never in events or exports for the ministry.</param>
public sealed record ServiceInput(
    IReadOnlyList<Guid>? ClientIds, int? AudienceSize, DateOnly? Date, string? StartTime, int Minutes,
    string ServiceType, string Form, string Workplace, PlaceInput Place, IReadOnlyList<string> Topics,
    InterpreterInput? Interpreter, IReadOnlyList<string>? Workers, string? FundingSource, string? Outcome,
    string? Notes) : WithheldFromLogs
{
    /// <summary>Twelve hours: longer is not one intervention but a data-entry error.</summary>
    public const int MaxMinutes = 720;

    /// <summary>Limits that keep one record (and its error list) small; a bigger audience goes in audienceSize.</summary>
    public const int MaxClients = 500, MaxWorkers = 20;

    public ServiceDetails ToDetails(string userId) => new(
        [.. (ClientIds ?? []).Distinct()], AudienceSize, Date!.Value, StartTime, Minutes, ServiceType, Form, Workplace,
        new Place(Place.Type, Place.Name?.Trim(), Place.Town?.Trim()), [.. Topics.Distinct()],
        Interpreter is null ? null : new Interpreter(Interpreter.Language, Interpreter.External),
        Workers is { Count: > 0 } ? [.. Workers.Distinct()] : [userId], FundingSource, Outcome, Notes);

    internal sealed class Validator : AbstractValidator<ServiceInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x).Must(x => x.ClientIds is { Count: > 0 } || x.AudienceSize > 0).OverridePropertyName("clientIds")
                .WithMessage("Name at least one client, or give audienceSize for an uncounted audience.");
            RuleFor(x => x.ClientIds!.Count).LessThanOrEqualTo(MaxClients).OverridePropertyName("clientIds")
                .When(x => x.ClientIds is not null).WithMessage($"A group names at most {MaxClients} clients; count the rest in audienceSize.");
            RuleForEach(x => x.ClientIds).NotEmpty();
            RuleFor(x => x.AudienceSize).InclusiveBetween(1, 10_000);
            RuleFor(x => x.Date).TookPlace(clock);
            RuleFor(x => x.StartTime).Must(TimeOfDay.IsValid)
                .When(x => x.StartTime is not null).WithMessage("startTime is a time of day as HH:mm.");
            RuleFor(x => x.Minutes).InclusiveBetween(1, MaxMinutes)
                .WithMessage($"minutes is the duration, from 1 to {MaxMinutes} (12 hours).");
            RuleFor(x => x.ServiceType).Must(CodeLists.ServiceTypes.Contains).WithMessage("Unknown service type code.");
            RuleFor(x => x.Form).Must(CodeLists.ServiceForms.Contains).WithMessage("Unknown service form code.");
            RuleFor(x => x.Workplace).NotEmpty().MaximumLength(50);
            RuleFor(x => x.Place).NotNull().SetValidator(new PlaceInput.Validator());
            RuleFor(x => x.Place.Type).Must((x, type) => (x.Form == "field") == (type != PlaceTypes.Workplace))
                .When(x => x.Place is not null && CodeLists.ServiceForms.Contains(x.Form))
                .WithMessage("A field service takes place at a field place; office and remote ones at a workplace.");
            RuleFor(x => x.Topics).NotEmpty();
            RuleForEach(x => x.Topics).Must(CodeLists.CounsellingTopics.Contains).WithMessage("Unknown topic code '{PropertyValue}'.");
            RuleFor(x => x.Interpreter!.Language).Must(CodeLists.Languages.Contains)
                .When(x => x.Interpreter is not null).WithMessage("Unknown language code.");
            RuleFor(x => x.Workers!.Count).LessThanOrEqualTo(MaxWorkers).OverridePropertyName("workers")
                .When(x => x.Workers is not null).WithMessage($"At most {MaxWorkers} workers.");
            RuleForEach(x => x.Workers).NotEmpty().MaximumLength(100);
            RuleFor(x => x.FundingSource).MaximumLength(60);
            RuleFor(x => x.Outcome).MaximumLength(1000);
            RuleFor(x => x.Notes).MaximumLength(10_000);
        }
    }
}

/// <summary>Where: <c>type</c> is <c>workplace</c> or a field place type, which then needs <c>name</c> and <c>town</c>.</summary>
/// <param name="Type" example="dormitory">workplace, or a field place: dormitory, company, municipality, school, humanitarian-housing, other.</param>
/// <param name="Name" example="Ubytovna U Nádraží">Name of the field place (at most 200 characters); not for a workplace.</param>
/// <param name="Town" example="Česká Lípa">Town of the field place (at most 100 characters); not for a workplace.</param>
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
/// <param name="Language" example="uk">Code from /api/v1/reference/languages.</param>
/// <param name="External" example="true">True for a community interpreter from outside the centre.</param>
public sealed record InterpreterInput(string Language, bool External);
