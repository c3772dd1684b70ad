using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Services;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Cases;

/// <summary>Opens a case for a client: the goal agreed with the client and the planned steps; workers default to the caller.</summary>
/// <param name="ClientId" example="0193a5c2-0000-7000-8000-000000000001">A current client of the caller's centre.</param>
/// <param name="Workplace" example="LBC-LIB">Workplace code of the caller's centre.</param>
/// <param name="OpenedOn" example="2026-11-20">Day the case was opened: not in the future.</param>
/// <param name="Goal" example="Secure a long-term residence permit">The goal agreed with the client, at most 2,000 characters.</param>
/// <param name="Steps">Planned steps, at most 50.</param>
/// <param name="Workers" example="[&quot;jnovak&quot;]">Workers in charge (at most 20); defaults to the caller.</param>
public sealed record OpenCaseInput(Guid ClientId, string Workplace, DateOnly? OpenedOn, string Goal,
    IReadOnlyList<PlanStep>? Steps, IReadOnlyList<string>? Workers) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<OpenCaseInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.ClientId).NotEmpty();
            RuleFor(x => x.Workplace).NotEmpty().MaximumLength(50);
            RuleFor(x => x.OpenedOn).TookPlace(clock, "A case cannot open in the future.");
            RuleFor(x => x.Goal).NotEmpty().MaximumLength(2000);
            RuleFor(x => x.Steps!.Count).LessThanOrEqualTo(CasePlanInput.MaxSteps).OverridePropertyName("steps")
                .When(x => x.Steps is not null).WithMessage($"At most {CasePlanInput.MaxSteps} steps.");
            RuleForEach(x => x.Steps).NotNull().ChildRules(s => s.RuleFor(p => p.Description).NotEmpty().MaximumLength(500));
            RuleFor(x => x.Workers!.Count).LessThanOrEqualTo(ServiceInput.MaxWorkers).OverridePropertyName("workers")
                .When(x => x.Workers is not null).WithMessage($"At most {ServiceInput.MaxWorkers} workers.");
            RuleForEach(x => x.Workers).NotEmpty().MaximumLength(100);
        }
    }
}

public sealed record OpenCase(OpenCaseInput Input, string UserId);

public static class OpenCaseHandler
{
    public static async Task<(CounsellingCase, OutgoingMessages)> Handle(OpenCase command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var input = command.Input;
        await session.WorkplaceOfCentreAsync(input.Workplace, ct);

        var client = await session.LoadAsync<KnownClient>(input.ClientId, ct);
        if (client is not { MergedInto: null })
        {
            throw new UnprocessableException("clientId", $"Client {input.ClientId} is not a current client of this centre.");
        }

        if (client.Anonymised)
        {
            throw new UnprocessableException("clientId", $"Client {input.ClientId} was anonymised; open no new cases for it.");
        }

        var id = Guid.CreateVersion7();
        var opened = input.OpenedOn!.Value;
        var @case = new CounsellingCase
        {
            Id = id, Version = 1, ClientId = input.ClientId, Workplace = input.Workplace, OpenedOn = opened, Goal = input.Goal,
            Steps = input.Steps ?? [], Workers = input.Workers is { Count: > 0 } ? [.. input.Workers.Distinct()] : [command.UserId],
            SortKey = $"{opened:yyyy-MM-dd} {id}",
            History = [new CaseStatusChange(CaseStatuses.Open, null, opened, clock.GetUtcNow(), command.UserId)],
        };
        session.Insert(@case);
        return (@case, [new CaseOpened(id, session.TenantId, @case.Workplace, @case.ClientId, opened)]);
    }
}

public sealed class OpenCaseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/cases", async (OpenCaseInput input, ClaimsPrincipal user, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var @case = await bus.InvokeAsync<CounsellingCase>(new OpenCase(input, user.UserId()), ct);
                response.SetETag(@case.Version);
                return Results.Created($"/api/v1/counselling/cases/{@case.Id}", @case);
            })
            .Validate<OpenCaseInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("open-case")
            .WithSummary("Open a counselling case (zakázka) for a client")
            .WithDescription("The client must be a client of the caller's centre (422). Publishes `CaseOpened`.")
            .Produces<CounsellingCase>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status400BadRequest);
}
