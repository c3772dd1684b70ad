using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Residence;

public sealed record ExpiringResidence(Guid Id, string Code, string? GivenNames, string? Surname, string? Pseudonym,
    string Category, string? PermitType, DateOnly ValidUntil, int DaysLeft);

public sealed class ExpiringResidenceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/expiring-residence", async (string? within, int? limit, string? cursor,
                HttpRequest request, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var days = ParseDays(within ?? "30d");
                var page = PageRequest.From(limit, cursor);
                var after = page.After<Guid?>();
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                var until = today.AddDays(days);
                var query = session.Query<Client>().Where(c => c.MergedInto == null && c.AnonymisedAt == null
                    && c.ResidenceValidUntil >= today && c.ResidenceValidUntil <= until);
                if (after is { } last) query = query.Where(c => c.Id > last);
                var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, c => (Guid?)c.Id, c => new ExpiringResidence(c.Id, c.Code,
                    c.Details.GivenNames, c.Details.Surname, c.Details.Pseudonym, c.ResidenceCategory!,
                    c.CurrentResidence!.PermitType, c.ResidenceValidUntil!.Value,
                    c.ResidenceValidUntil.Value.DayNumber - today.DayNumber), request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("expiring-residence").WithSummary("Clients whose residence status ends soon")
            .WithDescription("Clients of the caller's centre whose current residence status (e.g. temporary protection, " +
                "dočasná ochrana) ends between today and today + `within` (e.g. 30d; 1–366 days, default 30d), so " +
                "workers can help with extensions. Keyset-paged.")
            .Produces<Page<ExpiringResidence>>();

    private static int ParseDays(string within)
    {
        var text = within.EndsWith('d') ? within[..^1] : within;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 366
            ? days
            : throw new UnprocessableException("within", "within is a number of days from 1 to 366, e.g. 30d.");
    }
}
