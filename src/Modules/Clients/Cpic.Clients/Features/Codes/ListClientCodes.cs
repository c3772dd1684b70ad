using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Codes;

/// <summary>The module's closed lists (a client's sex, consent purposes) with labels for forms.</summary>
public sealed class ListClientCodesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        foreach (var list in new[] { ClientCodeLists.Sexes, ClientCodeLists.ConsentPurposes })
        {
            app.MapCodeList($"/api/v1/clients/codes/{list.Name}", list)
                .RequireAuthorization(Policies.AnyRole)
                .WithTags("Clients").WithName($"clients-codes-{list.Name}")
                .WithDescription("Codes of the Clients module (`sex` of a client, `purpose` of a consent). " +
                    CodeListRoutes.Languages);
        }
    }
}
