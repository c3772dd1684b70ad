using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using FluentValidation;

namespace Cpic.Clients.Domain;

public sealed partial record ClientDetails
{
    internal sealed class Validator : AbstractValidator<ClientDetails>
    {
        public Validator(TimeProvider clock)
        {
            // Validators are singletons: today is read at each validation, not when the validator is built.
            RuleFor(d => d.Workplace).NotEmpty().MaximumLength(20);
            RuleFor(d => d.GivenNames).PlainText();
            RuleFor(d => d.Surname).PlainText();
            RuleFor(d => d.NativeName).PlainText();
            RuleFor(d => d.Pseudonym).PlainText();
            RuleFor(d => d.Sex).NotEmpty().Must(ClientCodeLists.Sexes.Contains)
                .WithMessage($"sex is one of: {ClientCodeLists.Codes(ClientCodeLists.Sexes)}.");
            RuleFor(d => d.Nationality).NotEmpty().Must(CodeLists.Countries.Contains)
                .WithMessage("nationality is an ISO 3166-1 alpha-2 code from /api/v1/reference/countries.");
            When(d => d.Anonymous, () =>
            {
                RuleFor(d => d.Pseudonym).NotEmpty().MaximumLength(100);
                // Two chains: a When at the end of one chain would also switch off the format check before it.
                RuleFor(d => d.BirthYearBand).NotEmpty().Must(BirthYearBands.IsValid)
                    .WithMessage("birthYearBand is a five-year band such as 1985-1989 (an estimate is fine).");
                RuleFor(d => d.BirthYearBand).Must(b => BirthYearBands.From(b!) is >= 1900 and var from && from <= clock.Today().Year)
                    .When(d => BirthYearBands.IsValid(d.BirthYearBand))
                    .WithMessage("birthYearBand must start between 1900 and this year.");
                RuleFor(d => d).Must(d => d.GivenNames is null && d.Surname is null && d.NativeName is null
                        && d.BirthDate is null && d.BirthYear is null && d.Contact is null && d.OtherCitizenships is null
                        && d.PreferredLanguage is null && d.Languages is null && d.Household is null && d.Vulnerability is null)
                    .OverridePropertyName("anonymous")
                    .WithMessage("An anonymous client has only pseudonym, birthYearBand, sex and nationality; identify the client to add more.");
            }).Otherwise(() =>
            {
                RuleFor(d => d.GivenNames).NotEmpty().MaximumLength(100);
                RuleFor(d => d.Surname).NotEmpty().MaximumLength(100);
                RuleFor(d => d.NativeName).MaximumLength(200);
                RuleFor(d => d.Pseudonym).Null().WithMessage("Only anonymous clients have a pseudonym.");
                RuleFor(d => d.BirthDate).NotNull().When(d => d.BirthYear is null)
                    .WithMessage("Give birthDate, or birthYear when only the year is known.");
                RuleFor(d => d.BirthDate).Must(d => d is null || d <= clock.Today()).WithMessage("birthDate cannot be in the future.")
                    .GreaterThanOrEqualTo(new DateOnly(1900, 1, 1)).WithMessage("birthDate cannot be before 1900.");
                RuleFor(d => d.BirthYear).Must(y => y is null || (y >= 1900 && y <= clock.Today().Year))
                    .WithMessage("birthYear must be between 1900 and this year.");
                RuleFor(d => d.BirthYear).Equal(d => d.BirthDate!.Value.Year)
                    .When(d => d.BirthDate is not null && d.BirthYear is not null)
                    .WithMessage("birthYear differs from the year of birthDate; give one of them.");
                RuleFor(d => d.BirthYearBand).Null().WithMessage("birthYearBand is derived from the birth date for identified clients.");
                RuleFor(d => d.Vulnerability!.Minor15To18).Must((d, _) => MayBeMinor15To18(d, clock.Today()))
                    .When(d => d.Vulnerability?.Minor15To18 == true)
                    .WithMessage("minor15To18 is for a client aged 15 to 17; the birth date or year says otherwise.");
            });
            RuleFor(d => d.OtherCitizenships).Must(c => c!.Count <= 10).When(d => d.OtherCitizenships is not null);
            RuleForEach(d => d.OtherCitizenships).Must(CodeLists.Countries.Contains!).WithMessage("Unknown country code '{PropertyValue}'.");
            RuleFor(d => d.PreferredLanguage).Must(CodeLists.Languages.Contains!).When(d => d.PreferredLanguage is not null)
                .WithMessage("preferredLanguage is an ISO 639-1 code from /api/v1/reference/languages.");
            RuleFor(d => d.Languages).Must(l => l!.Count <= 20).When(d => d.Languages is not null);
            RuleFor(d => d.Languages).Must(l => l!.Distinct().Count() == l!.Count).WithMessage("A language is listed more than once.")
                .When(d => d.Languages is not null);
            RuleForEach(d => d.Languages).Must(CodeLists.Languages.Contains!).WithMessage("Unknown language code '{PropertyValue}'.");
            RuleFor(d => d.Household).Must(h => h!.Count <= 20).When(d => d.Household is not null)
                .WithMessage("household lists at most 20 client ids.");
            RuleFor(d => d.Household).Must(h => h!.Distinct().Count() == h!.Count).When(d => d.Household is not null)
                .WithMessage("household lists each client once.");
            RuleForEach(d => d.Household).NotEmpty().WithMessage("household holds client ids; the empty id is none.");
            RuleFor(d => d.Contact!).ChildRules(c =>
            {
                c.RuleFor(x => x.Phone).MaximumLength(30).Matches(@"^\+?[0-9 ()-]{6,30}$").When(x => x.Phone is not null);
                c.RuleFor(x => x.Email).MaximumLength(200).EmailAddress().PlainText().When(x => x.Email is not null);
                c.RuleFor(x => x.Town).MaximumLength(100).PlainText();
                c.RuleFor(x => x.Region).Must(CodeLists.Regions.Contains!).When(x => x.Region is not null)
                    .WithMessage("region is a CZ-NUTS code from /api/v1/reference/regions.");
            }).When(d => d.Contact is not null);
        }

        /// <summary>Aged 15 to 17 today by the birth date; by the birth year alone, 15 to 18 years since it.</summary>
        private static bool MayBeMinor15To18(ClientDetails d, DateOnly today) => d.BirthDate is { } born
            ? born.AddYears(15) <= today && today < born.AddYears(18)
            : d.BirthYear is not { } year || today.Year - year is >= 15 and <= 18;
    }
}
