using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Platforms.Features.People;

/// <summary>A consent to be contacted for a purpose, given or withdrawn.</summary>
/// <param name="Purpose" example="invitations">invitations or newsletters.</param>
/// <param name="Given" example="true">true: given; false: withdrawn.</param>
/// <param name="On" example="2026-03-05">The day: not in the future.</param>
/// <param name="How" example="signed attendance sheet of 5 March">How it was given or withdrawn, at most 200 characters.</param>
public sealed record ConsentInput(string Purpose, bool? Given, DateOnly? On, string How) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<ConsentInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Purpose).Code(PlatformCodes.ConsentPurposes, "purpose");
            RuleFor(x => x.Given).NotNull();
            RuleFor(x => x.On).Past(clock);
            RuleFor(x => x.How).NotEmpty().MaximumLength(200);
        }
    }
}

public sealed record RecordConsent(Guid PersonId, long ExpectedVersion, ConsentInput Input, string UserId);

public static class RecordConsentHandler
{
    public static async Task<PersonResponse> Handle(RecordConsent command, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var person = await session.LoadForUpdateAsync<ContactPerson>(command.PersonId, command.ExpectedVersion, "Person", ct);
        var input = command.Input;
        person.Consents.Add(new ConsentEntry(input.Purpose, input.Given!.Value, input.On!.Value, input.How.Trim(),
            command.UserId, clock.GetUtcNow()));
        return PersonResponse.From(person, session.NextRevision(person));
    }
}

public sealed class RecordConsentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/people/{id:guid}/consents", (Guid id, ConsentInput input, ClaimsPrincipal user,
                HttpRequest request, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
                bus.CreatedAsync<PersonResponse>(
                    new RecordConsent(id, request.ExpectedVersion(), input, user.UserId()), response, _ => $"/api/v1/platforms/people/{id}", ct))
            .Validate<ConsentInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("record-person-consent")
            .WithSummary("Record a consent to be contacted, given or withdrawn (If-Match)")
            .WithDescription("Appends to the person's consent ledger (purpose, given or withdrawn, day, how, who recorded " +
                "it); the latest entry of a purpose decides. Invitations go only to people who consent to `invitations`.")
            .Produces<PersonResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresIfMatch();
}
