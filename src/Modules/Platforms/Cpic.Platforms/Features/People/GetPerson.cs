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

public sealed class GetPersonEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/platforms/people/{id:guid}", async (Guid id, HttpResponse response, IQuerySession session,
                CancellationToken ct) =>
            {
                var person = await session.LoadAsync<ContactPerson>(id, ct) ?? throw new NotFoundException("Person", id.ToString());
                await response.HttpContext.RecordPeopleAsync([person.Id], "platforms.person", ct);
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
