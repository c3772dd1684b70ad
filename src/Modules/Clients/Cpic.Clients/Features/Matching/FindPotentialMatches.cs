using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Cpic.BuildingBlocks.Http;

namespace Cpic.Clients.Features.Matching;

internal sealed class MatchCandidateValidator : AbstractValidator<MatchCandidate>
{
    public MatchCandidateValidator()
    {
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Surname) || !string.IsNullOrWhiteSpace(c.NativeName))
            .OverridePropertyName("surname").WithMessage("Give surname or nativeName.");
        RuleFor(c => c.GivenNames).MaximumLength(100);
        RuleFor(c => c.Surname).MaximumLength(100);
        RuleFor(c => c.NativeName).MaximumLength(200);
        RuleFor(c => c.Nationality).Must(CodeLists.Countries.Contains).When(c => c.Nationality is not null)
            .WithMessage("nationality is an ISO 3166-1 alpha-2 code from /api/v1/reference/countries.");
        RuleFor(c => c.BirthYear).InclusiveBetween(1900, 2200);
    }
}

public sealed class FindPotentialMatchesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/clients/potential-matches", async (MatchCandidate candidate, HttpContext http, IDocumentSession session,
                CancellationToken ct) =>
            {
                var matches = await MatchQuery.FindAsync(session, candidate, 10, ct);
                await AccessLog.RecordAsync(session, http, matches.Select(m => m.ClientId), "potential-matches", ct);
                return Results.Ok(matches);
            })
            .Validate<MatchCandidate>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("potential-matches").WithSummary("Find possible duplicates of a person")
            .WithDescription("Up to 10 clients of the caller's centre who may be the given person, best first. Score " +
                "0–1: 0.6 × name similarity (trigram word similarity, ignoring case and diacritics, Cyrillic " +
                "transliterated) + 0.25 × birth date (exact 1, same year 0.6) + 0.15 × same nationality. From 0.8 " +
                "registration treats the person as a likely duplicate. Nothing is stored but the access log entry of each client listed.")
            .Produces<IReadOnlyList<PotentialMatch>>();
}
