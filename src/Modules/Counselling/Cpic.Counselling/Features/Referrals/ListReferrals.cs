using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Referrals;

internal sealed record ReferralResponse(
    Guid Id, int Version, Guid ClientId, string Direction, string PartnerType, string PartnerName, string Reason,
    DateOnly Date, string Status, string? Feedback, IReadOnlyList<ReferralStatusChange> History)
{
    public static ReferralResponse From(Referral r) => new(r.Id, r.Version, r.ClientId, r.Direction, r.PartnerType,
        r.PartnerName, r.Reason, r.Date, r.Status, r.Feedback, r.History);
}

internal sealed record ReferralFilter(Guid? ClientId, string? Status, string? Direction, string? PartnerType, int? Limit,
    string? Cursor)
{
    internal sealed class Validator : AbstractValidator<ReferralFilter>
    {
        public Validator()
        {
            RuleFor(f => f.Status).Must(ReferralStatuses.All.Contains!).When(f => f.Status is not null)
                .WithMessage($"status is one of: {string.Join(", ", ReferralStatuses.All)}.");
            RuleFor(f => f.Direction).Must(ReferralCodes.Directions.Contains!).When(f => f.Direction is not null)
                .WithMessage("direction is outgoing or incoming.");
            RuleFor(f => f.PartnerType).Must(ReferralCodes.PartnerTypes.Contains!).When(f => f.PartnerType is not null)
                .WithMessage($"partnerType is one of: {string.Join(", ", ReferralCodes.PartnerTypes)}.");
        }
    }
}

public sealed class ListReferralsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/referrals", async ([AsParameters] ReferralFilter filter, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var query = session.Query<Referral>().AsQueryable();
                if (filter.ClientId is { } client) query = query.Where(r => r.ClientId == client);
                if (filter.Status is not null) query = query.Where(r => r.Status == filter.Status);
                if (filter.Direction is not null) query = query.Where(r => r.Direction == filter.Direction);
                if (filter.PartnerType is not null) query = query.Where(r => r.PartnerType == filter.PartnerType);
                var result = await query.PageAsync(page, ReferralResponse.From, request, ct);
                await request.HttpContext.RecordClientsAsync(result.Items.Select(r => r.ClientId), "counselling.referrals", ct);
                return Results.Ok(result);
            })
            .Validate<ReferralFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("list-referrals")
            .WithSummary("List the centre's referrals, newest first")
            .WithDescription("Filters: `clientId`, `status`, `direction`, `partnerType`. Keyset paging with `limit` and `cursor`.")
            .Produces<Page<ReferralResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
