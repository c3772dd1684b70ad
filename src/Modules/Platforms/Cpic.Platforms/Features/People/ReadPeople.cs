using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.People;

public sealed class ReadPeopleEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/actors/{id:guid}/people", async (Guid id, IQuerySession session, CancellationToken ct) =>
            {
                _ = await session.LoadAsync<Actor>(id, ct) ?? throw new NotFoundException("Actor", id.ToString());
                var people = await session.Query<ContactPerson>().Where(p => p.ActorId == id).OrderBy(p => p.Name).ToListAsync(ct);
                return Results.Ok(people.Select(p => PersonResponse.From(p)).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("list-people-of-actor").WithSummary("The people of an actor")
            .WithDescription("By name, with their consents. An actor has a few people, so the list is not paged.")
            .Produces<IReadOnlyList<PersonResponse>>().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/v1/platforms/people/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                CancellationToken ct) =>
            {
                var person = await session.LoadAsync<ContactPerson>(id, ct) ?? throw new NotFoundException("Person", id.ToString());
                response.SetETag(person.Version);
                return Results.Ok(PersonResponse.From(person));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-person").WithSummary("Get a person of an actor")
            .WithDescription("Everything the centre holds on the person (also the answer to their access request) and the " +
                "`ETag`. A person of another centre is 404.")
            .Produces<PersonResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
