using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Domain;
using FluentValidation;

namespace Cpic.LanguageCourses.Features.Courses;

/// <summary>A course as staff send it when scheduling or editing it.</summary>
/// <param name="Title" example="Čeština A1 – večerní kurz">What the course is called.</param>
/// <param name="CourseType" example="czech-low-threshold">Code of /api/v1/reference/course-types (unknown: 422).</param>
/// <param name="Level" example="A1">CEFR level A0–B2; required for Czech language courses, absent for others.</param>
/// <param name="Language" example="cs">ISO 639-1 language of instruction or of interpretation (e.g. <c>cs</c>, <c>uk</c>).</param>
/// <param name="Workplace" example="LBC-LIB">Code of the centre's workplace that runs the course.</param>
/// <param name="Venue">Where it takes place; absent means at the workplace.</param>
/// <param name="Lecturers">Staff or external lecturers, by name.</param>
/// <param name="Capacity" example="12">Places (1–1000); further clients go on the waitlist.</param>
/// <param name="EnrolmentOpensOn" example="2026-08-20">First day clients can be enrolled.</param>
/// <param name="EnrolmentClosesOn" example="2026-09-15">Last day clients can be enrolled.</param>
/// <param name="StartsOn" example="2026-09-01">First day of the course; sessions fall within the course dates.</param>
/// <param name="EndsOn" example="2026-12-15">Last day of the course.</param>
/// <param name="FundingSource" example="AMIF">Who pays for it (free text, e.g. AMIF, region, municipality).</param>
/// <param name="Status" example="open">planned, open or running; it only moves forward (planned → open → running). Omitted: planned for a new course, unchanged on edit. Completed and cancelled have their own actions (422 here); a completed or cancelled course cannot be edited (409).</param>
/// <param name="CompletionThresholdPercent" example="75">Share of sessions a client must attend to complete: default 75, AIK always 100.</param>
public sealed record CourseInput(
    string Title, string CourseType, string? Level, string Language, string Workplace, VenueInput? Venue,
    IReadOnlyList<LecturerInput> Lecturers, int? Capacity, DateOnly? EnrolmentOpensOn, DateOnly? EnrolmentClosesOn,
    DateOnly? StartsOn, DateOnly? EndsOn, string? FundingSource, string? Status = null, int? CompletionThresholdPercent = null) : WithheldFromLogs
{
    internal bool IsAik => CourseType == AikRules.CourseType;

    internal int Threshold => IsAik ? 100 : CompletionThresholdPercent ?? 75;

    internal sealed class Validator : AbstractValidator<CourseInput>
    {
        public Validator()
        {
            RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
            RuleFor(c => c.CourseType).Must(CodeLists.CourseTypes.Contains)
                .WithMessage("Unknown course type; see /api/v1/reference/course-types.");
            RuleFor(c => c.Level).Must(l => l is not null && CefrLevels.All.Contains(l))
                .When(c => CodeLists.CourseTypes.Find(c.CourseType)?.Category == "czech-language")
                .WithMessage("A Czech course needs a CEFR level: A0, A1, A2, B1 or B2.");
            RuleFor(c => c.Level).Null().When(c => CodeLists.CourseTypes.Find(c.CourseType)?.Category != "czech-language")
                .WithMessage("Only Czech language courses have a level.");
            RuleFor(c => c.Language).Must(CodeLists.Languages.Contains)
                .WithMessage("Unknown language; use an ISO 639-1 code from /api/v1/reference/languages.");
            RuleFor(c => c.Workplace).NotEmpty();
            RuleFor(c => c.Venue!).SetValidator(new VenueInput.Validator()).When(c => c.Venue is not null);
            RuleFor(c => c.Lecturers).NotNull();
            RuleForEach(c => c.Lecturers).NotNull().ChildRules(l => l.RuleFor(x => x.Name).NotEmpty().MaximumLength(200));
            RuleFor(c => c.Capacity).NotNull().InclusiveBetween(1, 1000);
            RuleFor(c => c.EnrolmentOpensOn).NotNull();
            RuleFor(c => c.EnrolmentClosesOn).NotNull();
            RuleFor(c => c.StartsOn).NotNull();
            RuleFor(c => c.EndsOn).NotNull();
            RuleFor(c => c.EnrolmentClosesOn).GreaterThanOrEqualTo(c => c.EnrolmentOpensOn)
                .WithMessage("Enrolment cannot close before it opens.").When(c => c.EnrolmentOpensOn is not null);
            RuleFor(c => c.EnrolmentOpensOn).LessThanOrEqualTo(c => c.EndsOn).WithMessage("Enrolment must open before the course ends.")
                .When(c => c.EndsOn is not null);
            RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).WithMessage("A course cannot end before it starts.")
                .When(c => c.StartsOn is not null);
            RuleFor(c => c.FundingSource).MaximumLength(100);
            RuleFor(c => c.Status).Must(s => s is null || CourseStatus.All.Contains(s))
                .WithMessage($"Unknown status; a course is one of {string.Join(", ", CourseStatus.All)}.");
            RuleFor(c => c.CompletionThresholdPercent).InclusiveBetween(1, 100);
            RuleFor(c => c.CompletionThresholdPercent).Must(p => p is null or 100).When(c => c.IsAik)
                .WithMessage("An AIK must be attended in full (100 %).");
        }
    }
}

/// <param name="Kind" example="outside"><c>workplace</c> or <c>outside</c> (dormitory, school, municipality...).</param>
/// <param name="Name" example="Ubytovna Doubí">Name of an outside venue (required for outside).</param>
/// <param name="Town" example="Liberec">Town of an outside venue (required for outside); a workplace gives its own.</param>
/// <param name="OutsideHomeDistrict" example="false">Whether the venue lies outside the centre's home district (some goals count these).</param>
public sealed record VenueInput(string Kind, string? Name, string? Town, bool OutsideHomeDistrict)
{
    internal sealed class Validator : AbstractValidator<VenueInput>
    {
        public Validator()
        {
            RuleFor(v => v.Kind).Must(k => k is "workplace" or "outside").WithMessage("Kind must be workplace or outside.");
            RuleFor(v => v.Name).NotEmpty().MaximumLength(200).When(v => v.Kind == "outside");
            RuleFor(v => v.Town).NotEmpty().MaximumLength(100).When(v => v.Kind == "outside");
        }
    }
}

/// <param name="Name" example="Mgr. Jana Nováková">The lecturer's name; double booking compares names.</param>
/// <param name="External" example="false">True for a lecturer who is not on the centre's staff.</param>
public sealed record LecturerInput(string Name, bool External);
