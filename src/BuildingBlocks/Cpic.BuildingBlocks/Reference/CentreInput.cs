using FluentValidation;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>A centre as sent by a ministry coordinator.</summary>
/// <param name="Code" example="LBC">Three capital letters; the centre's permanent id and the <c>centre</c> claim of its staff.</param>
/// <param name="Name" example="Centrum na podporu integrace cizinců pro Liberecký kraj">Official name.</param>
/// <param name="ShortName" example="CPIC Liberec">Name used in lists.</param>
/// <param name="Region" example="CZ051">Region (kraj), CZ-NUTS code from /api/v1/reference/regions.</param>
/// <param name="Operator" example="Správa uprchlických zařízení MV">Organisation operating the centre.</param>
/// <param name="OperatorKind" example="suz"><c>suz</c> (SUZ MV), <c>region</c> or <c>ngo</c>.</param>
/// <param name="Workplaces">Main office (exactly one), contact points and detached workplaces.</param>
public sealed record CentreInput(
    string Code, string Name, string ShortName, string Region, string Operator, string OperatorKind,
    IReadOnlyList<Workplace> Workplaces)
{
    internal Centre ToCentre() => new()
    {
        Id = Code, Name = Name.Trim(), ShortName = ShortName.Trim(), Region = Region, Operator = Operator.Trim(),
        OperatorKind = OperatorKind, Workplaces = [.. Workplaces],
    };

    public sealed class Validator : AbstractValidator<CentreInput>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("code is three capital letters, e.g. LBC.");
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            RuleFor(c => c.ShortName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.Operator).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Region).Must(CodeLists.Regions.Contains).WithMessage("region is a CZ-NUTS code from /api/v1/reference/regions.");
            RuleFor(c => c.OperatorKind).Must(CentreRegistry.OperatorKinds.Contains).WithMessage("operatorKind is suz, region or ngo.");
            RuleFor(c => c.Workplaces).NotEmpty()
                .Must(w => w.Count(x => x.Kind == "main-office") == 1).WithMessage("A centre has exactly one main-office workplace.")
                .Must(w => w.Select(x => x.Code).Distinct().Count() == w.Count).WithMessage("Workplace codes must be unique.");
            RuleForEach(c => c.Workplaces).ChildRules(w =>
            {
                w.RuleFor(x => x.Code).NotEmpty().Matches("^[A-Z]{3}-[A-Z]{2,4}$").WithMessage("A workplace code is the centre code, a dash and 2–4 capital letters.");
                w.RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
                w.RuleFor(x => x.Town).NotEmpty().MaximumLength(100);
                w.RuleFor(x => x.Kind).Must(CodeLists.WorkplaceKinds.Contains).WithMessage("kind is a code from /api/v1/reference/workplace-kinds.");
            });
            RuleForEach(c => c.Workplaces).Must((c, w) => w.Code.StartsWith(c.Code + "-", StringComparison.Ordinal))
                .WithMessage("A workplace code starts with its centre's code.");
        }
    }
}
