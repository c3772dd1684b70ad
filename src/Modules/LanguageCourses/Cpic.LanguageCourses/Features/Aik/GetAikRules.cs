using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Aik;

public sealed class GetAikRulesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet(AikRulesInput.Path, async (HttpResponse response, IQuerySession session, CancellationToken ct) =>
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
}
