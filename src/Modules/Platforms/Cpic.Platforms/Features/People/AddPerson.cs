using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.People;

public sealed record AddPerson(Guid ActorId, PersonInput Input);

public static class AddPersonHandler
{
    public static async Task<PersonResponse> Handle(AddPerson command, IDocumentSession session, CancellationToken ct)
    {
        _ = await session.LoadAsync<Actor>(command.ActorId, ct) ?? throw new NotFoundException("Actor", command.ActorId.ToString());
        var person = new ContactPerson { Id = Guid.CreateVersion7(), Version = 1, ActorId = command.ActorId };
        command.Input.ApplyTo(person);
        session.Insert(person);
        return PersonResponse.From(person);
    }
}

public sealed class AddPersonEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/actors/{id:guid}/people", (Guid id, PersonInput input, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
                bus.CreatedAsync<PersonResponse>(new AddPerson(id, input), response, p => $"/api/v1/platforms/people/{p.Id}", ct))
            .Validate<PersonInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("add-person")
            .WithSummary("Add a person (contact) of an actor")
            .WithDescription("Personal data: kept for the caller's centre only, never published in events nor logged. " +
                "The person consents to nothing until a consent is recorded (`POST /people/{id}/consents`). An actor of " +
                "another centre is 404.")
            .Produces<PersonResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status404NotFound);
}
