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
            app.MapCodeList($"/api/v1/platforms/codes/{list.Name}", list.List)
                .RequireAuthorization(Policies.AnyRole)
                .WithTags("Platforms").WithName($"platforms-codes-{list.Name}")
                .WithDescription("Codes of the Platforms module. " + CodeListRoutes.Languages);
        }
    }
}
