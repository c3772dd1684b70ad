using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Reference;
using Cpic.Platforms.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Codes;

public sealed class ListCodesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        foreach (var list in PlatformCodes.All)
        {
            app.MapGet($"/api/v1/platforms/codes/{list.Name}", () => Results.Ok(list.Items))
                .RequireAuthorization(Policies.AnyRole)
                .WithTags("Platforms").WithName($"platforms-codes-{list.Name}")
                .WithSummary($"Code list: {list.Name}")
                .WithDescription("Codes of the Platforms module with Czech (`cs`) and English (`en`) labels.")
                .Produces<IReadOnlyList<CodeListItem>>();
        }
    }
}
