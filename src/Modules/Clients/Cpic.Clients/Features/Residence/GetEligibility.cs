using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Residence;

/// <summary>Whether the client is in the target group (cílová skupina) on <see cref="On"/>, and why.</summary>
/// <param name="ClientId">The client.</param>
/// <param name="On" example="2026-03-05">The date checked.</param>
/// <param name="Eligible" example="true">In the target group on that date.</param>
/// <param name="Reasons" example="[&quot;in-target-group:temporary-protection&quot;]">Reason codes (see the operation).</param>
/// <param name="Category" example="temporary-protection">Category of the status valid on the date, if any.</param>
internal sealed record Eligibility(Guid ClientId, DateOnly On, bool Eligible, IReadOnlyList<string> Reasons, string? Category);

public sealed class GetEligibilityEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/{id:guid}/eligibility", async ([Description("The client's id.")] Guid id,
                [Description("The date to check (yyyy-MM-dd, e.g. 2026-03-05); default today.")] DateOnly? on, IQuerySession session,
                TimeProvider clock, CancellationToken ct) =>
            {
                var client = await session.LoadClientAsync(id, ct);
                return Results.Ok(Decide(client, on ?? clock.Today()));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("client-eligibility").WithSummary("Is the client in the target group on a date?")
            .WithDescription("Checks the residence status valid on `on` (default today). Reason codes: " +
                "`in-target-group:<category>` when eligible; `no-residence-status` (nothing recorded), " +
                "`no-valid-status` (none valid on the date), `short-stay` (stay up to 90 days), " +
                "`category-not-in-target-group:<category>`. Anonymous clients are eligible for social counselling " +
                "without a status: `anonymous-social-counselling`.")
            .Produces<Eligibility>().ProducesProblem(StatusCodes.Status404NotFound);

    internal static Eligibility Decide(Client client, DateOnly on)
    {
        if (client.Residence.Count == 0)
        {
            return client.Details.Anonymous
                ? new(client.Id, on, true, ["anonymous-social-counselling"], null)
                : new(client.Id, on, false, ["no-residence-status"], null);
        }

        var status = client.EffectiveResidence.Where(s => s.IsValidOn(on)).OrderBy(s => s.ValidFrom).LastOrDefault();
        if (status is null) return new(client.Id, on, false, ["no-valid-status"], null);
        // A visa or permit granted for under 90 days is a short stay whatever it is called (act 326/1999).
        var shortStay = status.Category == "short-stay" || (status.Category is "long-term-visa" or "long-term-residence"
            && status.ValidUntil is { } end && end.DayNumber - status.ValidFrom.DayNumber < 90);
        if (shortStay) return new(client.Id, on, false, ["short-stay"], status.Category);
        return CodeLists.ResidenceCategories.Find(status.Category) is { InTargetGroup: true }
            ? new(client.Id, on, true, [$"in-target-group:{status.Category}"], status.Category)
            : new(client.Id, on, false, [$"category-not-in-target-group:{status.Category}"], status.Category);
    }
}
