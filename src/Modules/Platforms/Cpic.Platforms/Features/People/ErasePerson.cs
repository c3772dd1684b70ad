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

public sealed record ErasePerson(Guid PersonId);

public static class ErasePersonHandler
{
    /// <summary>Deletes the person; seats and attendance keep the actor and lose the person.</summary>
    public static async Task<bool> Handle(ErasePerson command, IDocumentSession session, CancellationToken ct)
    {
        var person = await session.LoadAsync<ContactPerson>(command.PersonId, ct)
            ?? throw new NotFoundException("Person", command.PersonId.ToString());
        var bodies = await session.Query<Body>().Where(b => b.Members.Any(m => m.PersonId == person.Id)).ToListAsync(ct);
        foreach (var body in bodies)
        {
            body.Members = [.. body.Members.Select(m => m.PersonId == person.Id ? m with { PersonId = null } : m)];
            session.UpdateRevision(body, body.Version + 1);
        }

        var meetings = await session.Query<Meeting>().Where(m => m.Attendance.Any(a => a.PersonId == person.Id)).ToListAsync(ct);
        foreach (var meeting in meetings)
        {
            meeting.Attendance = [.. meeting.Attendance.Select(a => a.PersonId == person.Id ? a with { PersonId = null } : a)];
            session.UpdateRevision(meeting, meeting.Version + 1);
        }

        session.Delete(person);
        return true;
    }
}

public sealed class ErasePersonEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/v1/platforms/people/{id:guid}", async (Guid id, IMessageBus bus, CancellationToken ct) =>
            {
                await bus.InvokeAsync<bool>(new ErasePerson(id), ct);
                return Results.NoContent();
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("erase-person")
            .WithSummary("Erase a person of an actor (right to erasure)")
            .WithDescription("Deletes the person and their consent ledger; the bodies they sat in and the meetings they " +
                "attended keep the actor, without the person. Nothing of the person was ever published, so nothing else " +
                "needs erasing. A person of another centre is 404.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
}
