using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.People;

public sealed record UpdatePerson(Guid PersonId, long ExpectedVersion, PersonInput Input);

public static class UpdatePersonHandler
{
    public static async Task<PersonResponse> Handle(UpdatePerson command, IDocumentSession session, CancellationToken ct)
    {
        var person = await session.LoadForUpdateAsync<ContactPerson>(command.PersonId, command.ExpectedVersion, "Person", ct);
        command.Input.ApplyTo(person);
        return PersonResponse.From(person, session.NextRevision(person));
    }
}

public sealed class UpdatePersonEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/platforms/people/{id:guid}", (Guid id, PersonInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.OkAsync<PersonResponse>(new UpdatePerson(id, request.ExpectedVersion(), input), response, ct))
            .Validate<PersonInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("update-person")
            .WithSummary("Edit a person of an actor (If-Match)")
            .WithDescription("Replaces name, position, e-mail and phone; the consent ledger is kept.")
            .Produces<PersonResponse>().ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresIfMatch();
}
