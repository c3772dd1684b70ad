using Cpic.BuildingBlocks.Audit;
using System.ComponentModel;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Reading;

/// <summary>A line of the client list: enough to pick the right person, no contacts.</summary>
/// <param name="Id">The client's id.</param>
/// <param name="Code" example="LBC-2026-00042">Client code.</param>
/// <param name="Anonymous" example="false">An anonymous client (pseudonym only).</param>
/// <param name="GivenNames" example="Taras">Given names.</param>
/// <param name="Surname" example="Ševčenko">Surname.</param>
/// <param name="Pseudonym" example="Modrá bunda">Anonymous clients only.</param>
/// <param name="BirthDate" example="1984-03-09">Date of birth, if known.</param>
/// <param name="BirthYear" example="1984">Year of birth.</param>
/// <param name="Nationality" example="UA">ISO 3166-1 alpha-2.</param>
/// <param name="ResidenceCategory" example="temporary-protection">Category of the current residence status.</param>
/// <param name="Workplace" example="LBC-LIB">Workplace of first contact.</param>
internal sealed record ClientSummary(
    Guid Id, string Code, bool Anonymous, string? GivenNames, string? Surname, string? Pseudonym, DateOnly? BirthDate,
    int? BirthYear, string? Nationality, string? ResidenceCategory, string Workplace);

public sealed class SearchClientsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients", async (
                [Description("Parts of a name in any script and any word order, e.g. Шевченко, sevcenko or Tran Thi Lan; ignores case and diacritics.")] string? name,
                [Description("Client code, e.g. LBC-2026-00042.")] string? code,
                [Description("Date of birth (yyyy-MM-dd).")] DateOnly? birthDate,
                [Description("ISO 3166-1 alpha-2 code, e.g. UA.")] string? nationality,
                [Description("Current residence status, e.g. temporary-protection.")] string? residenceCategory,
                [Description("Workplace of first contact, e.g. LBC-LIB.")] string? workplace,
                [Description("Page size, 1–200 (default 50).")] int? limit,
                [Description("nextCursor of the previous page.")] string? cursor, HttpContext http,
                IDocumentSession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(limit, cursor);
                var after = page.After<Guid?>();
                nationality = nationality?.Trim().ToUpperInvariant();
                workplace = workplace?.Trim().ToUpperInvariant();
                await CheckFiltersAsync(session, name, code, nationality, residenceCategory, workplace, ct);
                var query = session.Query<Client>().Where(c => c.MergedInto == null);
                // Every word must match, in any order (Tran Thi Lan, surname first, as Vietnamese names and Czech forms
                // are written), each by either of its keys (Czech or English transliteration).
                foreach (var word in NameNormaliser.WordKeys(name))
                {
                    var (first, second) = (word[0], word[^1]);
                    query = query.Where(c => c.SearchName.Contains(first) || c.SearchName.Contains(second));
                }

                if (code is not null) query = query.Where(c => c.Code == code.Trim().ToUpperInvariant());
                if (birthDate is not null) query = query.Where(c => c.Details.BirthDate == birthDate);
                if (nationality is not null) query = query.Where(c => c.Details.Nationality == nationality);
                if (residenceCategory is not null) query = query.Where(c => c.ResidenceCategory == residenceCategory);
                if (workplace is not null) query = query.Where(c => c.Details.Workplace == workplace);
                if (after is { } last) query = query.Where(c => c.Id > last);
                var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(ct);
                await AccessLog.RecordAsync(session, http, rows.Take(page.Limit).Select(c => c.Id), "search", ct);
                return Results.Ok(page.ToPage(rows, c => (Guid?)c.Id, Summary, http.Request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("search-clients").WithSummary("Search and list clients")
            .WithDescription("Clients of the caller's centre, oldest first, keyset-paged (limit, cursor, next). `name` " +
                "matches parts of given names, surname, native-script name or pseudonym, its words in any order (Tran Thi Lan " +
                "finds Lan Thi Tran), ignoring case and " +
                "diacritics; Cyrillic is transliterated both the Czech and the English way, so Шевченко finds " +
                "Ševčenko and Shevchenko. Other filters: code (e.g. LBC-2026-00042), birthDate (yyyy-MM-dd), " +
                "nationality (ISO country), residenceCategory (current status), workplace (code); filters combine (all " +
                "must match). Each client listed is written to the access log (action search). An unknown code or a name without letters or digits is a 422, not an empty list.")
            .Produces<Page<ClientSummary>>();

    /// <summary>A filter that can match nothing is a typo: say so (422) rather than answer an empty list.</summary>
    private static async Task CheckFiltersAsync(IQuerySession session, string? name, string? code, string? nationality,
        string? residenceCategory, string? workplace, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (name is { Length: > 200 }) errors["name"] = ["name is at most 200 characters."];
        else if (!string.IsNullOrWhiteSpace(name) && NameNormaliser.Keys(name).Count == 0) errors["name"] = ["name needs a letter or a digit."];
        if (ClientRules.HasControlCharacters(code)) errors["code"] = ["code is a client code such as LBC-2026-00042."];
        if (nationality is not null && !CodeLists.Countries.Contains(nationality))
        {
            errors["nationality"] = ["nationality is an ISO 3166-1 alpha-2 code from /api/v1/reference/countries."];
        }

        if (residenceCategory is not null && !CodeLists.ResidenceCategories.Contains(residenceCategory))
        {
            errors["residenceCategory"] = ["residenceCategory is a code from /api/v1/reference/residence-categories."];
        }

        if (workplace is not null && (await session.FindCentreAsync(session.TenantId, ct))?.FindWorkplace(workplace) is null)
        {
            errors["workplace"] = [$"'{workplace}' is not a workplace of centre {session.TenantId}."];
        }

        if (errors.Count > 0) throw new UnprocessableException(errors);
    }

    private static ClientSummary Summary(Client c) => new(c.Id, c.Code, c.Details.Anonymous, c.Details.GivenNames,
        c.Details.Surname, c.Details.Pseudonym, c.Details.BirthDate, c.Details.KnownBirthYear, c.Details.Nationality,
        c.ResidenceCategory, c.Details.Workplace);
}
