using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Interpreters;

public sealed record AddInterpreter(InterpreterProfileInput Input);

public static class AddInterpreterHandler
{
    public static InterpreterProfile Handle(AddInterpreter command, IDocumentSession session)
    {
        var input = command.Input;
        var interpreter = new InterpreterProfile
        {
            Id = Guid.CreateVersion7(), Name = input.Name.Trim(), Languages = [.. input.Languages.Distinct()],
            External = input.External, Phone = input.Phone, Email = input.Email,
        };
        session.Insert(interpreter);
        return interpreter;
    }
}

public sealed class AddInterpreterEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/interpreters", async (InterpreterProfileInput input, IMessageBus bus, CancellationToken ct) =>
            {
                var interpreter = await bus.InvokeAsync<InterpreterProfile>(new AddInterpreter(input), ct);
                return Results.Created($"/api/v1/counselling/interpreters/{interpreter.Id}", interpreter);
            })
            .Validate<InterpreterProfileInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("add-interpreter")
            .WithSummary("Add an interpreter or intercultural worker to the centre's roster")
            .WithDescription("Languages are codes of `/api/v1/reference/languages`; `external` marks a community interpreter " +
                "from outside the centre. The roster belongs to the caller's centre.")
            .Produces<InterpreterProfile>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
}
