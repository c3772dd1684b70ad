using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using FluentValidation;

namespace Cpic.Counselling.Features.Interpreters;

/// <summary>An interpreter for the roster; <c>languages</c> are codes of <c>/api/v1/reference/languages</c>.</summary>
/// <param name="Name" example="Olena Kovalenko">Name, at most 200 characters.</param>
/// <param name="Languages" example="[&quot;uk&quot;,&quot;ru&quot;]">At least one code from /api/v1/reference/languages.</param>
/// <param name="External" example="true">True for a community interpreter from outside the centre, false for staff.</param>
/// <param name="Phone" example="+420 601 234 567">Phone, at most 40 characters.</param>
/// <param name="Email" example="olena.kovalenko@example.cz">E-mail address.</param>
public sealed record InterpreterProfileInput(string Name, IReadOnlyList<string> Languages, bool External, string? Phone, string? Email)
    : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<InterpreterProfileInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
            RuleFor(x => x.Languages).NotEmpty();
            RuleForEach(x => x.Languages).Must(CodeLists.Languages.Contains).WithMessage("Unknown language code '{PropertyValue}'.");
            RuleFor(x => x.Phone).MaximumLength(40);
            RuleFor(x => x.Email).EmailAddress().MaximumLength(200).When(x => x.Email is not null);
        }
    }
}
