using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Interpreters;

public sealed class GetInterpreterEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/interpreters/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.LoadAsync<InterpreterProfile>(id, ct) ?? throw new NotFoundException("Interpreter", id.ToString())))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("get-interpreter").WithSummary("Get an interpreter of the roster")
            .WithDescription("An interpreter of the caller's centre's roster (404 for another centre's).")
            .Produces<InterpreterProfile>().ProducesProblem(StatusCodes.Status404NotFound);
}
