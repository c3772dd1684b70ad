using Cpic.BuildingBlocks.Audit;
using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Residence;

/// <summary>A client whose legal stay ends soon, and the status that ends it.</summary>
/// <param name="Id">The client.</param>
/// <param name="Code" example="LBC-2026-00042">Client code.</param>
/// <param name="GivenNames" example="Taras">Given names (null for anonymous clients).</param>
/// <param name="Surname" example="Ševčenko">Surname (null for anonymous clients).</param>
/// <param name="Pseudonym" example="Modrá bunda">Anonymous clients only.</param>
/// <param name="Category" example="temporary-protection">Category of the status that ends the stay.</param>
/// <param name="PermitType" example="dočasná ochrana">Its permit or visa type.</param>
/// <param name="ValidUntil" example="2027-03-04">Last day of the stay.</param>
/// <param name="DaysLeft" example="19">Days from today to validUntil (0: ends today).</param>
internal sealed record ExpiringResidence(Guid Id, string Code, string? GivenNames, string? Surname, string? Pseudonym,
    string Category, string? PermitType, DateOnly ValidUntil, int DaysLeft);

public sealed class ExpiringResidenceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/expiring-residence", async ([Description("Window in days from today, 0–366, e.g. 30d (the d is optional).")] string? within,
                [Description("Page size, 1–200 (default 50).")] int? limit,
                [Description("nextCursor of the previous page.")] string? cursor,
                HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            {
                var days = DayWindow.Parse(within, byDefault: 30, max: 366);
                var page = PageRequest.From(limit, cursor);
                var after = page.After<Guid?>();
                var today = clock.Today();
                var until = today.AddDays(days);
                var query = session.Query<Client>().Where(c => c.MergedInto == null && c.AnonymisedAt == null
                    && c.ResidenceValidUntil >= today && c.ResidenceValidUntil <= until);
                if (after is { } last) query = query.Where(c => c.Id > last);
                var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
                await AccessLog.RecordAsync(session, http, rows.Take(page.Limit).Select(c => c.Id), "expiring-residence", ct);
                return Results.Ok(page.ToPage(rows, c => (Guid?)c.Id, c => Item(c, today), http.Request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("expiring-residence").WithSummary("Clients whose residence status ends soon")
            .WithDescription("Clients of the caller's centre whose legal stay ends between today and today + `within` " +
                "(e.g. 30d; 0–366 days, 0d meaning today; default 30d), so workers can help with extensions (e.g. of " +
                "temporary protection, dočasná ochrana). The stay ends when the last of the recorded statuses ends: " +
                "a status that overlaps the current one and runs on (a visa valid past a temporary protection) " +
                "extends it, a status without an end never expires. The item names that last status. Keyset-paged; each client listed is written to the access log.")
            .Produces<Page<ExpiringResidence>>();

    private static ExpiringResidence Item(Client c, DateOnly today)
    {
        // The stored end came from one of the statuses, so this finds it even in a record projected by older rules.
        var end = c.ResidenceValidUntil!.Value;
        var ending = c.Residence.Where(s => s.ValidUntil == end).OrderBy(s => s.ValidFrom).Last();
        return new ExpiringResidence(c.Id, c.Code, c.Details.GivenNames, c.Details.Surname, c.Details.Pseudonym,
            ending.Category, ending.PermitType, end, end.DayNumber - today.DayNumber);
    }
}
