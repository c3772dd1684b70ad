using Cpic.BuildingBlocks.Audit;
using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Consents;

internal sealed record EventContact(Guid Id, string? GivenNames, string? Surname, string? Phone, string? Email,
    string? PreferredLanguage);

/// <summary>Processing that needs a consent: inviting clients to events uses their contacts only with consent.</summary>
public sealed class EventContactsEndpoint : ICarterModule
{
    private const string Purpose = "contact-for-events";

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/event-contacts", async ([Description("Page size, 1–200 (default 50).")] int? limit,
                [Description("nextCursor of the previous page.")] string? cursor, HttpContext http,
                IDocumentSession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var after = page.After<Guid?>() ?? Guid.Empty;
                var rows = await session.Query<Client>()
                    // Consents cannot be dated in the future, so "not withdrawn" is "active today".
                    .Where(c => c.MergedInto == null && c.AnonymisedAt == null && c.Id > after
                        && c.Consents.Any(x => x.Purpose == Purpose && x.WithdrawnOn == null))
                    .OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
                await AccessLog.RecordAsync(session, http, rows.Take(page.Limit).Select(c => c.Id), "event-contacts", ct);
                return Results.Ok(page.ToPage(rows, c => (Guid?)c.Id, c => new EventContact(c.Id, c.Details.GivenNames,
                    c.Details.Surname, c.Details.Contact?.Phone, c.Details.Contact?.Email, c.Details.PreferredLanguage), http.Request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("event-contacts").WithSummary("Contacts for invitations to events")
            .WithDescription("Contacts of the centre's clients who consented to be contacted about events " +
                "(contact-for-events) and have not withdrawn it. Clients without that consent never appear. Each client listed is written to the access log.")
            .Produces<Page<EventContact>>();
}
