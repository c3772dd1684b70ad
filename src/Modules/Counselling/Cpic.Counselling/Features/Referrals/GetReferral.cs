using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Referrals;

public sealed class GetReferralEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/referrals/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                CancellationToken ct) =>
            {
                var referral = await session.LoadAsync<Referral>(id, ct) ?? throw new NotFoundException("Referral", id.ToString());
                await response.HttpContext.RecordClientsAsync([referral.ClientId], "counselling.referral", ct);
                response.SetETag(referral.Version);
                return Results.Ok(ReferralResponse.From(referral));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("get-referral").WithSummary("Get a referral")
            .WithDescription("The referral with its status history and its `ETag` (send it as `If-Match` to change the " +
                "status). A referral of another centre is 404.")
            .Produces<ReferralResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
