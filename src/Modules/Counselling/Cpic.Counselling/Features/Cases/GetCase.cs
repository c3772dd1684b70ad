using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Cases;

public sealed class GetCaseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/cases/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                CancellationToken ct) =>
            {
                var @case = await session.LoadAsync<CounsellingCase>(id, ct) ?? throw new NotFoundException("Case", id.ToString());
                await response.HttpContext.RecordClientsAsync([@case.ClientId], "counselling.case", ct);
                response.SetETag(@case.Version);
                return Results.Ok(@case);
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("get-case").WithSummary("Get a case")
            .WithDescription("The case with its plan, linked services and status history, and its `ETag` (send it as " +
                "`If-Match` to change the plan or the status). A case of another centre is 404.")
            .Produces<CounsellingCase>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
