using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Interpreters;

/// <summary>An interpreter for the roster; <c>languages</c> are codes of <c>/api/v1/reference/languages</c>.</summary>
/// <param name="Name" example="Olena Kovalenko">Name, at most 200 characters.</param>
/// <param name="Languages" example="[&quot;uk&quot;,&quot;ru&quot;]">At least one code from /api/v1/reference/languages.</param>
/// <param name="External" example="true">True for a community interpreter from outside the centre, false for staff.</param>
/// <param name="Phone" example="+420 601 234 567">Phone, at most 40 characters.</param>
/// <param name="Email" example="olena.kovalenko@example.cz">E-mail address.</param>
public sealed record InterpreterProfileInput(string Name, IReadOnlyList<string> Languages, bool External, string? Phone, string? Email)
{
    internal sealed class Validator : AbstractValidator<InterpreterProfileInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
            RuleFor(x => x.Languages).NotEmpty();
            RuleForEach(x => x.Languages).Must(CodeLists.Languages.Contains).WithMessage("Unknown language code '{PropertyValue}'.");
            RuleFor(x => x.Phone).MaximumLength(40);
            RuleFor(x => x.Email).EmailAddress().MaximumLength(200).When(x => x.Email is not null);
        }
    }
}

public sealed class InterpreterRosterEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/counselling/interpreters").WithTags("Counselling")
            .RequireAuthorization(Policies.CentreStaff);

        group.MapPost("/", async (InterpreterProfileInput input, IDocumentSession session, CancellationToken ct) =>
            {
                var interpreter = new InterpreterProfile
                {
                    Id = Guid.CreateVersion7(), Name = input.Name.Trim(), Languages = [.. input.Languages.Distinct()],
                    External = input.External, Phone = input.Phone, Email = input.Email,
                };
                session.Insert(interpreter);
                await session.SaveChangesAsync(ct);
                return Results.Created($"/api/v1/counselling/interpreters/{interpreter.Id}", interpreter);
            })
            .Validate<InterpreterProfileInput>().WithIdempotency()
            .WithName("add-interpreter").WithSummary("Add an interpreter or intercultural worker to the centre's roster")
            .WithDescription("Languages are codes of `/api/v1/reference/languages`; `external` marks a community interpreter " +
                "from outside the centre. The roster belongs to the caller's centre.")
            .Produces<InterpreterProfile>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        // A centre's roster is a few dozen people: not paged, like the centre registry.
        group.MapGet("/", async (string? language, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<InterpreterProfile>()
                    .Where(i => language == null || i.Languages.Contains(language)).OrderBy(i => i.Name).ToListAsync(ct)))
            .WithName("list-interpreters").WithSummary("The centre's interpreters, optionally those speaking `language`")
            .WithDescription("The whole roster of the caller's centre, by name (a few dozen people, so not paged).")
            .Produces<IReadOnlyList<InterpreterProfile>>();

        group.MapGet("/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.LoadAsync<InterpreterProfile>(id, ct) ?? throw new NotFoundException("Interpreter", id.ToString())))
            .WithName("get-interpreter").WithSummary("Get an interpreter of the roster")
            .WithDescription("An interpreter of the caller's centre's roster (404 for another centre's).")
            .Produces<InterpreterProfile>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
