using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Services;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.FieldVisits;

/// <summary>A field visit: a field place (not <c>workplace</c>) with its name and town; <c>workers</c> defaults to the caller.</summary>
/// <param name="Date" example="2026-11-20">Day of the visit: not in the future, not before 2000.</param>
/// <param name="Workplace" example="LBC-CL">Workplace code of the caller's centre the visit counts for.</param>
/// <param name="PlaceType" example="dormitory">dormitory, company, municipality, school, humanitarian-housing or other.</param>
/// <param name="PlaceName" example="Ubytovna U Nádraží">Name of the place; the same name and town count as one place.</param>
/// <param name="Town" example="Česká Lípa">Town of the place.</param>
/// <param name="Workers" example="[&quot;jnovak&quot;]">Workers who went (at most 20); defaults to the caller.</param>
/// <param name="PeopleReached" example="14">People reached, 0–10,000.</param>
/// <param name="Topics" example="[&quot;labour-market&quot;,&quot;housing&quot;]">Codes from /api/v1/reference/counselling-topics.</param>
/// <param name="Minutes" example="120">Duration in minutes, 1–720.</param>
/// <param name="FollowUps" example="[&quot;Return with a Vietnamese interpreter&quot;]">Agreed next steps (at most 20).</param>
public sealed record FieldVisitInput(
    DateOnly? Date, string Workplace, string PlaceType, string PlaceName, string Town, IReadOnlyList<string>? Workers,
    int PeopleReached, IReadOnlyList<string> Topics, int Minutes, IReadOnlyList<string>? FollowUps) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<FieldVisitInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Date).TookPlace(clock);
            RuleFor(x => x.Workplace).NotEmpty().MaximumLength(50);
            RuleFor(x => x.PlaceType).Must(PlaceTypes.Field.Contains)
                .WithMessage($"A field place type is one of: {string.Join(", ", PlaceTypes.Field)}.");
            RuleFor(x => x.PlaceName).NotEmpty().MaximumLength(200);
            RuleFor(x => x.Town).NotEmpty().MaximumLength(100);
            RuleFor(x => x.PeopleReached).InclusiveBetween(0, 10_000);
            RuleFor(x => x.Minutes).InclusiveBetween(1, 720).WithMessage("minutes is the duration, from 1 to 720 (12 hours).");
            RuleForEach(x => x.Topics).Must(CodeLists.CounsellingTopics.Contains).WithMessage("Unknown topic code '{PropertyValue}'.");
            RuleFor(x => x.Workers!.Count).LessThanOrEqualTo(ServiceInput.MaxWorkers).OverridePropertyName("workers")
                .When(x => x.Workers is not null).WithMessage($"At most {ServiceInput.MaxWorkers} workers.");
            RuleForEach(x => x.Workers).NotEmpty().MaximumLength(100);
            RuleFor(x => x.FollowUps!.Count).LessThanOrEqualTo(20).OverridePropertyName("followUps")
                .When(x => x.FollowUps is not null).WithMessage("At most 20 follow-ups.");
            RuleForEach(x => x.FollowUps).NotEmpty().MaximumLength(500);
        }
    }
}

public sealed record RecordFieldVisit(FieldVisitInput Input, string UserId);

public static class RecordFieldVisitHandler
{
    public static async Task<(FieldVisit, OutgoingMessages)> Handle(RecordFieldVisit command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var input = command.Input;
        await session.WorkplaceOfCentreAsync(input.Workplace, ct);

        var visit = new FieldVisit
        {
            Id = Guid.CreateVersion7(), Date = input.Date!.Value, Workplace = input.Workplace,
            Place = new Place(input.PlaceType, input.PlaceName.Trim(), input.Town.Trim()),
            PlaceKey = $"{Normalise(input.PlaceName)}|{Normalise(input.Town)}",
            Workers = input.Workers is { Count: > 0 } ? [.. input.Workers.Distinct()] : [command.UserId],
            PeopleReached = input.PeopleReached, Topics = [.. (input.Topics ?? []).Distinct()], Minutes = input.Minutes,
            FollowUps = input.FollowUps ?? [], RecordedAt = clock.GetUtcNow(), RecordedBy = command.UserId,
        };
        visit.SortKey = $"{visit.Date:yyyy-MM-dd} {visit.Id}";
        session.Insert(visit);
        return (visit, [new FieldVisitRecorded(visit.Id, session.TenantId, visit.Workplace, visit.Date, visit.Place.Type,
            visit.Place.Name!, visit.Place.Town!, visit.PeopleReached, visit.Topics, visit.Minutes, visit.PlaceKey)]);
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

public sealed class RecordFieldVisitEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/field-visits", async (FieldVisitInput input, ClaimsPrincipal user, IMessageBus bus,
                CancellationToken ct) =>
            {
                var visit = await bus.InvokeAsync<FieldVisit>(new RecordFieldVisit(input, user.UserId()), ct);
                return Results.Created($"/api/v1/counselling/field-visits/{visit.Id}", FieldVisitResponse.From(visit));
            })
            .Validate<FieldVisitInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("record-field-visit")
            .WithSummary("Record a field visit (terénní práce)")
            .WithDescription("A visit of the centre's workers to a dormitory, company, municipality, school or " +
                "humanitarian housing, with the number of people reached and the topics. Visits to the same place " +
                "(name and town, ignoring case) count as one place in the summary. Publishes `FieldVisitRecorded`.")
            .Produces<FieldVisitResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
}
