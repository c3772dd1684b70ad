using System.Globalization;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Persistence;
using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>Staff record what they saw at a locality in a quarter.</summary>
public sealed record RecordObservation(Guid LocalityId, RecordObservation.Request Input)
{
    internal static readonly IReadOnlyList<string> RiskLevels = ["low", "medium", "high"];

    // Counts of people at one locality; the bound keeps regional sums far from overflow.
    private const int MaxCount = 1_000_000;

    /// <param name="Quarter" example="2025-Q2">Calendar quarter, yyyy-Qn.</param>
    /// <param name="ObservedOn" example="2025-05-14">Day of the observation: within the quarter, not in the future.</param>
    /// <param name="Indicators">What was counted or seen; every field optional.</param>
    /// <param name="Note" example="Night shifts started at the plant">About the locality, never a person (4,000 characters).</param>
    /// <param name="TensionRisk" example="medium">low, medium or high.</param>
    /// <param name="RiskReason" example="Complaints of neighbours about noise">Required for medium and high.</param>
    /// <param name="PreventiveMeasures" example="Meeting of employer, town and dormitory owner">Proposed measures.</param>
    public sealed record Request(
        string Quarter, DateOnly ObservedOn, Indicators Indicators, string? Note, string TensionRisk, string? RiskReason,
        string? PreventiveMeasures) : WithheldFromLogs
    {
        internal sealed class Validator : AbstractValidator<Request>
        {
            public Validator(TimeProvider clock)
            {
                RuleFor(r => r.Quarter).Must(q => Quarters.TryParse(q, out _)).WithMessage("quarter must be written yyyy-Qn, e.g. 2025-Q1.");
                RuleFor(r => r.ObservedOn).Must((r, d) => !Quarters.TryParse(r.Quarter, out var q) || q.Contains(d))
                    .WithMessage("observedOn must fall within the quarter.")
                    .Must(d => d <= clock.Today())
                    .WithMessage("observedOn must not be in the future.");
                RuleFor(r => r.TensionRisk).Must(RiskLevels.Contains).WithMessage("tensionRisk must be low, medium or high.");
                RuleFor(r => r.RiskReason).NotEmpty().When(r => r.TensionRisk is "medium" or "high")
                    .WithMessage("Give the reason of a medium or high tension risk.");
                RuleFor(r => r.Note).MaximumLength(4000);
                RuleFor(r => r.RiskReason).MaximumLength(2000);
                RuleFor(r => r.PreventiveMeasures).MaximumLength(4000);
                RuleFor(r => r.Indicators.HousingConditions).MaximumLength(2000).When(r => r.Indicators is not null);
                RuleFor(r => r.Indicators.HealthcareConditions).MaximumLength(2000).When(r => r.Indicators is not null);
                RuleFor(r => r.Indicators).NotNull();
                RuleFor(r => r.Indicators.ForeignWorkers).InclusiveBetween(0, MaxCount).When(r => r.Indicators is not null);
                RuleFor(r => r.Indicators.ForeignPupils).InclusiveBetween(0, MaxCount).When(r => r.Indicators is not null);
                RuleFor(r => r.Indicators.Residents).InclusiveBetween(0, MaxCount).When(r => r.Indicators is not null);
                RuleFor(r => r.Indicators.WorkersByCountry)
                    .Must(m => m!.All(p => CodeLists.Countries.Contains(p.Key) && p.Value is >= 0 and <= MaxCount))
                    .When(r => r.Indicators?.WorkersByCountry is not null)
                    .WithMessage("workersByCountry maps country codes (ISO 3166-1 alpha-2) to counts from 0 to 1,000,000.");
            }
        }
    }
}

public static class RecordObservationHandler
{
    public static async Task<Observation> Handle(RecordObservation command, IDocumentSession session, CancellationToken ct)
    {
        var (id, input) = (command.LocalityId, command.Input);
        var locality = await session.LoadAsync<Locality>(id, ct) ?? throw new NotFoundException("Locality", id.ToString());
        var observation = new Observation(Guid.CreateVersion7(), input.Quarter.ToUpperInvariant(), input.ObservedOn,
            input.Indicators, input.Note, input.TensionRisk, input.RiskReason, input.PreventiveMeasures);
        locality.Observations.Add(observation);
        // Two observations saved at once: the second fails on the revision (409) rather than losing the first.
        session.NextRevision(locality);
        return observation;
    }
}

/// <summary>POST /api/v1/monitoring/localities/{id}/observations.</summary>
public sealed class RecordObservationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/monitoring/localities/{id:guid}/observations", Handle)
            .Validate<RecordObservation.Request>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Monitoring").WithName("record-monitoring-observation")
            .WithSummary("Record an observation of a locality for a quarter")
            .WithDescription("Indicators (foreign workers and by country, foreign pupils, residents, housing and " +
                "healthcare conditions), a note about the locality, and the tension risk (low, medium, high; medium " +
                "and high need a reason) with proposed preventive measures. A locality of another centre is a 404.")
            .Produces<Observation>(StatusCodes.Status201Created).ProducesProblem(404).ProducesProblem(409);

    private static async Task<IResult> Handle(Guid id, RecordObservation.Request request, IMessageBus bus, CancellationToken ct)
    {
        var observation = await bus.InvokeAsync<Observation>(new RecordObservation(id, request), ct);
        return Results.Created($"/api/v1/monitoring/localities/{id}/observations/{observation.Id}", observation);
    }
}

/// <summary>Calendar quarters written <c>yyyy-Qn</c>.</summary>
internal readonly record struct Quarters(int Year, int Number)
{
    public bool Contains(DateOnly date) => date.Year == Year && ((date.Month - 1) / 3) + 1 == Number;

    public static bool TryParse(string? value, out Quarters quarter)
    {
        quarter = default;
        if (value is not { Length: 7 } || char.ToUpperInvariant(value[5]) != 'Q' || value[4] != '-'
            || !int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year == 0
            || value[6] is < '1' or > '4')
        {
            return false;
        }

        quarter = new Quarters(year, value[6] - '0');
        return true;
    }
}
