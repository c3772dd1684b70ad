using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Domain;
using FluentValidation;

namespace Cpic.LanguageCourses.Features.Aik;

/// <summary>The AIK obligation as data: which residence, which ages, which exemptions, what deadline, and why.</summary>
/// <param name="LegalSource" example="Zákon č. 326/1999 Sb., o pobytu cizinců, § 155a">The provision the rules implement.</param>
/// <param name="AppliesToResidenceFrom" example="2021-01-01">Residence granted on or after this date creates the obligation.</param>
/// <param name="ResidenceCategories" example="[&quot;long-term-residence&quot;,&quot;permanent-residence&quot;]">Codes of /api/v1/reference/residence-categories that create it.</param>
/// <param name="ExemptPermitTypes" example="[&quot;účelem studia&quot;,&quot;vědeckého výzkumu&quot;]">Exempt residence purposes. The Clients module keeps the permit type as written on the document, so an entry exempts a client whose permit type contains it (ignoring case and diacritics).</param>
/// <param name="ExemptNationalities" example="[&quot;SK&quot;,&quot;NO&quot;,&quot;CH&quot;]">Codes of /api/v1/reference/countries whose citizens are not third-country nationals (EU, EEA, Switzerland) and so are exempt.</param>
/// <param name="MinimumAge" example="15">Younger clients are exempt (age = year of residence minus birth year).</param>
/// <param name="MaximumAge" example="61">Older clients are exempt.</param>
/// <param name="DeadlineMonths" example="12">Months from the permit's valid-from date to attend the course.</param>
/// <param name="CourseHours" example="4">Length of the course in hours.</param>
public sealed record AikRulesInput(
    string LegalSource, DateOnly? AppliesToResidenceFrom, IReadOnlyList<string> ResidenceCategories,
    IReadOnlyList<string> ExemptPermitTypes, IReadOnlyList<string> ExemptNationalities, int? MinimumAge, int? MaximumAge,
    int? DeadlineMonths, int? CourseHours, string? Note) : WithheldFromLogs
{
    internal const string Path = $"{LanguageCoursesModule.BasePath}/aik/rules";

    internal sealed class Validator : AbstractValidator<AikRulesInput>
    {
        public Validator()
        {
            RuleFor(r => r.LegalSource).NotEmpty().MaximumLength(1000);
            RuleFor(r => r.AppliesToResidenceFrom).NotNull();
            RuleFor(r => r.ResidenceCategories).NotEmpty();
            RuleForEach(r => r.ResidenceCategories).Must(CodeLists.ResidenceCategories.Contains)
                .WithMessage("Unknown residence category; see /api/v1/reference/residence-categories.");
            RuleFor(r => r.ExemptPermitTypes).NotNull();
            RuleForEach(r => r.ExemptPermitTypes).NotEmpty().MaximumLength(200);
            RuleFor(r => r.ExemptNationalities).NotNull();
            RuleForEach(r => r.ExemptNationalities).Must(CodeLists.Countries.Contains)
                .WithMessage("Unknown country; see /api/v1/reference/countries.");
            RuleFor(r => r.MinimumAge).NotNull().InclusiveBetween(0, 120);
            RuleFor(r => r.MaximumAge).NotNull().InclusiveBetween(0, 120);
            RuleFor(r => r.MaximumAge).GreaterThanOrEqualTo(r => r.MinimumAge).When(r => r.MinimumAge is not null);
            RuleFor(r => r.DeadlineMonths).NotNull().InclusiveBetween(1, 120);
            RuleFor(r => r.CourseHours).NotNull().InclusiveBetween(1, 100);
        }
    }

    internal static AikRulesInput From(AikRules r) => new(r.LegalSource, r.AppliesToResidenceFrom, r.ResidenceCategories,
        r.ExemptPermitTypes, r.ExemptNationalities!, r.MinimumAge, r.MaximumAge, r.DeadlineMonths, r.CourseHours, r.Note);
}
