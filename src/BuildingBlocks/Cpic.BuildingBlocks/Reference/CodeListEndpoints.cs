using Carter;
using Cpic.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.BuildingBlocks.Reference;

/// <summary>Read-only code lists in the caller's language (<see cref="CodeListRoutes"/>).</summary>
public sealed class CodeListEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reference").WithTags("Reference").RequireAuthorization(Policies.AnyRole);
        Map(group, CodeLists.Regions, "The 14 regions (kraje) with CZ-NUTS and ISO 3166-2 codes.");
        Map(group, CodeLists.Countries, "ISO 3166-1 alpha-2 countries with their names and EU membership.");
        Map(group, CodeLists.Languages, "ISO 639-1 languages with their names.");
        Map(group, CodeLists.ResidenceCategories, "Residence categories (druhy pobytu) and whether they are in the target group.");
        Map(group, CodeLists.ServiceTypes, "Types of service a centre records (OSP, legal counselling, interpreting...).");
        Map(group, CodeLists.ServiceForms, "Forms of service: office (ambulantní), field (terénní), remote.");
        Map(group, CodeLists.CounsellingTopics, "Counselling topics (residence, social benefits, housing...).");
        Map(group, CodeLists.CourseTypes, "Course types: Czech language, socio-cultural (SKK), adaptation-integration (AIK)...");
        Map(group, CodeLists.WorkplaceKinds, "Kinds of workplace: main office, contact point, detached workplace.");
    }

    private static void Map<T>(RouteGroupBuilder group, CodeList<T> list, string description) where T : ICodeListItem =>
        group.MapCodeList($"/{list.Name}", list)
            .WithName($"reference-{list.Name}")
            .WithDescription(description + " " + CodeListRoutes.Languages);
}
