using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.People;

public sealed class ListPeopleOfActorEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/actors/{id:guid}/people", async (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
            {
                _ = await session.LoadAsync<Actor>(id, ct) ?? throw new NotFoundException("Actor", id.ToString());
                var people = await session.Query<ContactPerson>().Where(p => p.ActorId == id).OrderBy(p => p.Name).ToListAsync(ct);
                await http.RecordPeopleAsync(people.Select(p => p.Id), "platforms.people", ct);
                return Results.Ok(people.Select(p => PersonResponse.From(p)).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-people-of-actor").WithSummary("The people of an actor")
            .WithDescription("By name, with their consents. An actor has a few people, so the list is not paged.")
            .Produces<IReadOnlyList<PersonResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
