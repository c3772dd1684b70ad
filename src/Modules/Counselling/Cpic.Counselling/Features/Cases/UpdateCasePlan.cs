using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Cases;

/// <summary>The agreed goal and planned steps, replaced as a whole; <c>serviceIds</c> adds services given for the case.</summary>
/// <param name="Goal" example="Secure a permit and enrol the children at school">The goal, at most 2,000 characters.</param>
/// <param name="Steps">All planned steps (at most 50), replacing the previous ones.</param>
/// <param name="ServiceIds" example="[&quot;0193a5c2-0000-7000-8000-0000000000aa&quot;]">Services to link: current services of the case's client.</param>
public sealed record CasePlanInput(string Goal, IReadOnlyList<PlanStep> Steps, IReadOnlyList<Guid>? ServiceIds) : WithheldFromLogs
{
    public const int MaxSteps = 50;

    internal sealed class Validator : AbstractValidator<CasePlanInput>
    {
        public Validator()
        {
            RuleFor(x => x.Goal).NotEmpty().MaximumLength(2000);
            RuleFor(x => x.Steps).NotNull();
            RuleFor(x => x.Steps.Count).LessThanOrEqualTo(MaxSteps).OverridePropertyName("steps")
                .When(x => x.Steps is not null).WithMessage($"At most {MaxSteps} steps.");
            RuleForEach(x => x.Steps).NotNull().ChildRules(s => s.RuleFor(p => p.Description).NotEmpty().MaximumLength(500));
            RuleFor(x => x.ServiceIds!.Count).LessThanOrEqualTo(200).OverridePropertyName("serviceIds")
                .When(x => x.ServiceIds is not null).WithMessage("Link at most 200 services at a time.");
        }
    }
}

public sealed record UpdateCasePlan(Guid Id, long ExpectedVersion, CasePlanInput Input);

public static class UpdateCasePlanHandler
{
    public static async Task<CounsellingCase> Handle(UpdateCasePlan command, IDocumentSession session, CancellationToken ct)
    {
        var @case = await session.LoadForUpdateAsync<CounsellingCase>(command.Id, command.ExpectedVersion, "Case", ct);
        if (@case.Status == CaseStatuses.Closed) throw new ConflictException("The case is closed.");
        if ((await session.LoadAsync<KnownClient>(@case.ClientId, ct))?.Anonymised == true)
        {
            throw new UnprocessableException("goal", $"Client {@case.ClientId} was anonymised; its case takes no new goal or steps.");
        }

        var added = (command.Input.ServiceIds ?? []).Except(@case.ServiceIds).ToList();
        var services = await session.LoadManyAsync<ServiceRecord>(ct, added);
        var foreign = added.Except(services.Where(s => !s.Cancelled && s.Details.ClientIds.Contains(@case.ClientId)).Select(s => s.Id)).ToList();
        if (foreign.Count > 0)
        {
            throw new UnprocessableException("serviceIds", $"Not current services of the case's client: {string.Join(", ", foreign)}.");
        }

        @case.Goal = command.Input.Goal;
        @case.Steps = command.Input.Steps;
        @case.ServiceIds.AddRange(added);
        @case.Version = session.NextRevision(@case);
        return @case;
    }
}

public sealed class UpdateCasePlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/counselling/cases/{id:guid}/plan", async (Guid id, CasePlanInput input, HttpRequest request,
                HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var @case = await bus.InvokeAsync<CounsellingCase>(new UpdateCasePlan(id, request.ExpectedVersion(), input), ct);
                response.SetETag(@case.Version);
                return Results.Ok(@case);
            })
            .Validate<CasePlanInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("update-case-plan")
            .WithSummary("Update a case's goal and steps, and link services to it (If-Match)")
            .WithDescription("Linked services must be current (not cancelled) services of the case's client (422). A closed case is 409; " +
                "the case of an anonymised client takes no new plan (422).")
            .Produces<CounsellingCase>().ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresIfMatch();
}
