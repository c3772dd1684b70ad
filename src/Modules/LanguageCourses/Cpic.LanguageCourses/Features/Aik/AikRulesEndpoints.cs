using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
    int? DeadlineMonths, int? CourseHours, string? Note)
{
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

public sealed class AikRulesEndpoints : ICarterModule
{
    private const string Path = $"{LanguageCoursesModule.BasePath}/aik/rules";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpResponse response, IQuerySession session, CancellationToken ct) =>
            {
                var rules = await AikRules.LoadAsync(session, ct);
                response.SetETag(rules.Version);
                return Results.Ok(AikRulesInput.From(rules));
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithTags(LanguageCoursesModule.Tag).WithName("get-aik-rules").WithSummary("The AIK obligation rules")
            .WithDescription("Who must attend the adaptation-integration course (AIK) and by when, with the legal source. " +
                             "The due list applies these rules; the ETag is needed to change them.")
            .Produces<AikRulesInput>().ProducesETag();

        app.MapPut(Path, async (AikRulesInput input, HttpRequest request, HttpResponse response, IDocumentSession session,
                CancellationToken ct) =>
            {
                var current = await AikRules.LoadAsync(session, ct);
                request.EnsureMatches(current.Version);
                var updated = new AikRules
                {
                    LegalSource = input.LegalSource, AppliesToResidenceFrom = input.AppliesToResidenceFrom!.Value,
                    ResidenceCategories = [.. input.ResidenceCategories], ExemptPermitTypes = [.. input.ExemptPermitTypes],
                    ExemptNationalities = [.. input.ExemptNationalities], MinimumAge = input.MinimumAge!.Value,
                    MaximumAge = input.MaximumAge!.Value, DeadlineMonths = input.DeadlineMonths!.Value,
                    CourseHours = input.CourseHours!.Value, Note = input.Note,
                };
                if (current.Version == 0)
                {
                    // Still the shipped defaults: the first edit creates the stored rules.
                    updated.Version = 1;
                    session.Insert(updated);
                }
                else
                {
                    session.UpdateRevision(updated, current.Version + 1);
                }

                await session.SaveChangesAsync(ct);
                response.SetETag(current.Version + 1);
                return Results.Ok(input);
            })
            .Validate<AikRulesInput>()
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithTags(LanguageCoursesModule.Tag).WithName("update-aik-rules").WithSummary("Change the AIK rules (ministry coordinator, If-Match)")
            .WithDescription("Replaces the rules when the law changes; no release needed. Takes effect on the next due list.")
            .Produces<AikRulesInput>().ProducesETag().RequiresIfMatch();
    }
}
