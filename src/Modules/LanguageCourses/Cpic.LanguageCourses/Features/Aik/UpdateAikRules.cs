using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Aik;

public sealed record UpdateAikRules(long ExpectedVersion, AikRulesInput Input);

public static class UpdateAikRulesHandler
{
    /// <summary>Replaces the rules; returns their new version.</summary>
    public static async Task<int> Handle(UpdateAikRules command, IDocumentSession session, CancellationToken ct)
    {
        var current = await AikRules.LoadAsync(session, ct);
        if (current.Version != command.ExpectedVersion) throw PreconditionFailedException.Stale("aik rules", current.Version);
        var input = command.Input;
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

        return current.Version + 1;
    }
}

public sealed class UpdateAikRulesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut(AikRulesInput.Path, async (AikRulesInput input, HttpRequest request, HttpResponse response, IMessageBus bus,
                CancellationToken ct) =>
            {
                response.SetETag(await bus.InvokeAsync<int>(new UpdateAikRules(request.ExpectedVersion(), input), ct));
                return Results.Ok(input);
            })
            .Validate<AikRulesInput>()
            .RequireAuthorization(Policies.MinistryCoordinator)
            .WithTags(LanguageCoursesModule.Tag).WithName("update-aik-rules").WithSummary("Change the AIK rules (ministry coordinator, If-Match)")
            .WithDescription("Replaces the rules when the law changes; no release needed. Takes effect on the next due list.")
            .Produces<AikRulesInput>().ProducesETag().RequiresIfMatch();
}
