using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Reading;

/// <summary>A line of the client list: enough to pick the right person, no contacts.</summary>
public sealed record ClientSummary(
    Guid Id, string Code, bool Anonymous, string? GivenNames, string? Surname, string? Pseudonym, DateOnly? BirthDate,
    int? BirthYear, string? Nationality, string? ResidenceCategory, string Workplace);

public sealed class SearchClientsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients", async (string? name, string? code, DateOnly? birthDate, string? nationality,
                string? residenceCategory, string? workplace, int? limit, string? cursor, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var after = page.After<Guid?>();
                var query = session.Query<Client>().Where(c => c.MergedInto == null);
                // Any of the name's keys (Czech or English transliteration) may match.
                var keys = NameNormaliser.Keys(name);
                if (keys.Count > 0)
                {
                    var (first, second) = (keys[0], keys[^1]);
                    query = query.Where(c => c.SearchName.Contains(first) || c.SearchName.Contains(second));
                }

                if (code is not null) query = query.Where(c => c.Code == code.Trim().ToUpperInvariant());
                if (birthDate is not null) query = query.Where(c => c.Details.BirthDate == birthDate);
                if (nationality is not null) query = query.Where(c => c.Details.Nationality == nationality);
                if (residenceCategory is not null) query = query.Where(c => c.ResidenceCategory == residenceCategory);
                if (workplace is not null) query = query.Where(c => c.Details.Workplace == workplace);
                if (after is { } last) query = query.Where(c => c.Id > last);
                var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
                return Results.Ok(page.ToPage(rows, c => (Guid?)c.Id, Summary, request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("search-clients").WithSummary("Search and list clients")
            .WithDescription("Clients of the caller's centre, oldest first, keyset-paged (limit, cursor, next). `name` " +
                "matches any part of given names, surname, native-script name or pseudonym, ignoring case and " +
                "diacritics; Cyrillic is transliterated both the Czech and the English way, so Шевченко finds " +
                "Ševčenko and Shevchenko. Other filters: code (e.g. LBC-2026-00042), birthDate (yyyy-MM-dd), " +
                "nationality (ISO country), residenceCategory (current status), workplace (code).")
            .Produces<Page<ClientSummary>>();

    private static ClientSummary Summary(Client c) => new(c.Id, c.Code, c.Details.Anonymous, c.Details.GivenNames,
        c.Details.Surname, c.Details.Pseudonym, c.Details.BirthDate, c.Details.KnownBirthYear, c.Details.Nationality,
        c.ResidenceCategory, c.Details.Workplace);
}
