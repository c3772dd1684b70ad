using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Referrals;

/// <summary>A referral to (<c>outgoing</c>) or from (<c>incoming</c>) a partner organisation of a given type.</summary>
/// <param name="ClientId" example="0193a5c2-0000-7000-8000-000000000001">A current client of the caller's centre.</param>
/// <param name="Direction" example="outgoing">outgoing (the centre refers the client) or incoming (a partner referred the client here).</param>
/// <param name="PartnerType" example="labour-office">labour-office, oamp, health-care, ngo, school, police, municipality, social-services, employer or other.</param>
/// <param name="PartnerName" example="Úřad práce Liberec">The partner organisation, at most 200 characters.</param>
/// <param name="Reason" example="Registration as a job seeker">Why, at most 2,000 characters; never in events.</param>
/// <param name="Date" example="2026-11-20">Day of the referral: not in the future, not before 2000.</param>
public sealed record ReferralInput(Guid ClientId, string Direction, string PartnerType, string PartnerName, string Reason,
    DateOnly? Date) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<ReferralInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.ClientId).NotEmpty();
            RuleFor(x => x.Direction).Must(ReferralCodes.Directions.Contains).WithMessage("direction is outgoing or incoming.");
            RuleFor(x => x.PartnerType).Must(ReferralCodes.PartnerTypes.Contains)
                .WithMessage($"partnerType is one of: {string.Join(", ", ReferralCodes.PartnerTypes)}.");
            RuleFor(x => x.PartnerName).NotEmpty().MaximumLength(200);
            RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
            RuleFor(x => x.Date).TookPlace(clock);
        }
    }
}

public sealed record MakeReferral(ReferralInput Input, string UserId);

public static class MakeReferralHandler
{
    public static async Task<(Referral, OutgoingMessages)> Handle(MakeReferral command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var input = command.Input;
        var client = await session.LoadAsync<KnownClient>(input.ClientId, ct);
        if (client is null || client.MergedInto is not null)
        {
            throw new UnprocessableException("clientId", $"Client {input.ClientId} is not a current client of this centre.");
        }

        if (client.Anonymised)
        {
            throw new UnprocessableException("clientId", $"Client {input.ClientId} was anonymised; make no new referrals for it.");
        }

        var id = Guid.CreateVersion7();
        var referral = new Referral
        {
            Id = id, Version = 1, ClientId = input.ClientId, Direction = input.Direction, PartnerType = input.PartnerType,
            PartnerName = input.PartnerName.Trim(), Reason = input.Reason, Date = input.Date!.Value,
            SortKey = $"{input.Date:yyyy-MM-dd} {id}",
            History = [new ReferralStatusChange(ReferralStatuses.Sent, null, clock.GetUtcNow(), command.UserId)],
        };
        session.Insert(referral);
        return (referral, [new ReferralMade(id, session.TenantId, referral.ClientId, referral.Direction,
            referral.PartnerType, referral.Date)]);
    }
}

public sealed class MakeReferralEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/counselling/referrals", async (ReferralInput input, ClaimsPrincipal user, HttpResponse response,
                IMessageBus bus, CancellationToken ct) =>
            {
                var referral = await bus.InvokeAsync<Referral>(new MakeReferral(input, user.UserId()), ct);
                response.SetETag(referral.Version);
                return Results.Created($"/api/v1/counselling/referrals/{referral.Id}", ReferralResponse.From(referral));
            })
            .Validate<ReferralInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("make-referral")
            .WithSummary("Refer a client to a partner organisation, or record a referral received")
            .WithDescription("The client must be a client of the caller's centre (422 otherwise). A referral starts as " +
                "`sent`; change its status with `POST /referrals/{id}/status`. Publishes `ReferralMade` (without the reason).")
            .Produces<ReferralResponse>(StatusCodes.Status201Created).ProducesETag().ProducesProblem(StatusCodes.Status400BadRequest);
}
