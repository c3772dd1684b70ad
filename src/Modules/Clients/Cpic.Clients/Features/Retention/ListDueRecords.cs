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
using Microsoft.Extensions.Options;

namespace Cpic.Clients.Features.Retention;

/// <summary>A record the retention policy will anonymise (dry run).</summary>
/// <param name="ClientId">The record.</param>
/// <param name="Code" example="LBC-2016-00042">Client code.</param>
/// <param name="Reason" example="no activity since 2016-03-01 (retention 10 years)">Why it is anonymised.</param>
/// <param name="LastChangeOn" example="2016-03-01">Last change of the record (registration, update, status, consent, merge).</param>
/// <param name="LastServiceOn" example="2015-11-20">Last service Counselling reported, if any.</param>
/// <param name="DueOn" example="2026-03-02">First day the policy anonymises it.</param>
internal sealed record DueClient(Guid ClientId, string Code, string Reason, DateOnly LastChangeOn, DateOnly? LastServiceOn, DateOnly DueOn);

public sealed class ListDueRecordsEndpoint : ICarterModule
{
    private sealed record Key(DateOnly DueOn, Guid ClientId);

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/retention/due", async (
                [Description("List what a run on this date would anonymise (yyyy-MM-dd, default today).")] DateOnly? on,
                [Description("Page size, 1–200 (default 50).")] int? limit,
                [Description("nextCursor of the previous page.")] string? cursor,
                HttpContext http, IDocumentSession session, IOptions<ClientsOptions> options, TimeProvider clock, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var years = options.Value.RetentionYears;
                var due = await RetentionDue.FindAsync(session, on ?? clock.Today(), years, session.TenantId, ct);
                var rows = (page.After<Key>() is { } k
                    ? due.Where(d => d.DueOn > k.DueOn || (d.DueOn == k.DueOn && d.ClientId.CompareTo(k.ClientId) > 0))
                    : due).Take(page.Limit + 1).ToList();
                await AccessLog.RecordAsync(session, http, rows.Take(page.Limit).Select(d => d.ClientId), "retention-due", ct);
                return Results.Ok(page.ToPage(rows, d => new Key(d.DueOn, d.ClientId), d => new DueClient(d.ClientId, d.Code,
                    $"no activity since {Latest(d):yyyy-MM-dd} (retention {years} years)", d.LastChangeOn, d.LastServiceOn,
                    d.DueOn), http.Request));
            })
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("retention-due").WithSummary("What the retention policy will anonymise (centre head)")
            .WithDescription("A dry run of the retention policy for the caller's centre: the records a run on `on` " +
                "(default today) would anonymise, soonest due first, each with the reason and the day it became due " +
                "(its last activity, the later of the record's last change and the client's last service, plus " +
                "Clients:RetentionYears). Nothing is changed; each record listed is written to the access log. Keyset-paged.")
            .Produces<Page<DueClient>>();

    private static DateOnly Latest(DueRecord d) => d.LastServiceOn is { } s && s > d.LastChangeOn ? s : d.LastChangeOn;
}
