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

namespace Cpic.Clients.Features.DataProtection;

/// <summary>One access to the personal data of a client or of a partner's person.</summary>
/// <param name="Id">The log entry (entries sort by it, oldest first).</param>
/// <param name="ClientId">The client read; null when a partner's person was read.</param>
/// <param name="PersonId">The partner's person read (Platforms); null when a client was read.</param>
/// <param name="User" example="jana.novakova">User id of the reader.</param>
/// <param name="At" example="2026-03-05T09:30:00Z">When.</param>
/// <param name="Action" example="read">What was read: in Clients read, history, export, update, search, expiring-residence,
/// event-contacts, potential-matches, retention-due; in the other modules their operation, e.g. counselling.services,
/// courses.enrolments, platforms.people (data-protection.md lists them).</param>
/// <param name="Reason" example="příprava na konzultaci">X-Access-Reason of the request, at most 500 characters.</param>
internal sealed record AccessRecord(Guid Id, Guid? ClientId, Guid? PersonId, string User, DateTimeOffset At, string Action,
    string? Reason)
{
    internal static AccessRecord From(AccessLogEntry e) => new(e.Id, e.ClientId, e.PersonId, e.User, e.At, e.Action, e.Reason);
}

public sealed class QueryAccessLogEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/access-log", async ([Description("Only reads of this client.")] Guid? clientId,
                [Description("Only reads of this partner's person (Platforms).")] Guid? personId,
                [Description("Only reads by this user id (the token's subject), e.g. jana.novakova.")] string? user,
                [Description("Only reads at or after this instant (ISO 8601), e.g. 2026-03-01T00:00:00Z.")] DateTimeOffset? from,
                [Description("Only reads before this instant (ISO 8601), e.g. 2026-04-01T00:00:00Z.")] DateTimeOffset? to,
                [Description("Page size, 1–200 (default 50).")] int? limit,
                [Description("nextCursor of the previous page.")] string? cursor,
                HttpRequest request, IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                if (ClientRules.HasControlCharacters(user)) throw new UnprocessableException("user", "user is a user id, without control characters.");
                var query = session.Query<AccessLogEntry>().AsQueryable();
                if (clientId is { } client) query = query.Where(a => a.ClientId == client);
                if (personId is { } person) query = query.Where(a => a.PersonId == person);
                if (user is not null) query = query.Where(a => a.User == user);
                if (from is { } start) query = query.Where(a => a.At >= start);
                if (to is { } end) query = query.Where(a => a.At < end);
                if (page.After<Guid?>() is { } last) query = query.Where(a => a.Id > last);
                var rows = await query.OrderBy(a => a.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, a => (Guid?)a.Id, AccessRecord.From, request));
            })
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("client-access-log").WithSummary("Who read which client records (centre head)")
            .WithDescription("The access log of the caller's centre (záznam o přístupu k osobním údajům), of every " +
                "module: every read of a full record, of a history and every export, with user, time, action and " +
                "the reason given in X-Access-Reason; also every client named by a list, search, expiring-residence, " +
                "event-contacts or potential-matches answer and by the record an update returns, every client named " +
                "by Counselling's services, cases and referrals and by LanguageCourses' enrolments, attendance and AIK " +
                "lists, and every partner's person Platforms shows. Filter by clientId or personId (a subject access " +
                "request: who saw this person), user and time (from inclusive, to exclusive); oldest first, keyset-paged.")
            .Produces<Page<AccessRecord>>();
}
