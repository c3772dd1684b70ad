using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.FieldVisits;

public sealed class GetFieldVisitEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/field-visits/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Ok(FieldVisitResponse.From(await session.LoadAsync<FieldVisit>(id, ct)
                    ?? throw new NotFoundException("Field visit", id.ToString()))))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("get-field-visit").WithSummary("Get a field visit")
            .WithDescription("One field visit of the caller's centre (404 for another centre's).")
            .Produces<FieldVisitResponse>().ProducesProblem(StatusCodes.Status404NotFound);
}
