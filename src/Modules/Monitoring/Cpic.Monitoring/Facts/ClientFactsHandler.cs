using Cpic.Clients.Contracts;
using Marten;
using static Cpic.Monitoring.Facts.ServiceFactWriter;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Client attributes are copied onto the client's service facts so statistics need no join. Events may arrive in
/// any order relative to services: the facts are refreshed from the client row whenever either changes.
/// An anonymised client keeps the attributes it was counted with (later blank profile changes are ignored).
/// A fact's residence category is the one valid on its date, from the client's residence history.
/// </summary>
public static class ClientFactsHandler
{
    private static readonly string Refresh = $"""
        update monitoring.service_facts f set sex = c.sex, birth_year = c.birth_year, nationality = c.nationality,
            residence_category = {CategoryOn("c.client_id", "f.date")}, seq = nextval('monitoring.fact_seq')
        from monitoring.clients c
        where c.client_id = any(?) and c.merged_into is null and f.client_key = c.client_id
          and (f.sex, f.birth_year, f.nationality, f.residence_category)
              is distinct from (c.sex, c.birth_year, c.nationality, {CategoryOn("c.client_id", "f.date")})
        """;

    public static void Handle(ClientRegistered e, IDocumentSession session)
    {
        Profile(session, e);
        RefreshFacts(session, e.ClientId);
    }

    public static void Handle(ClientProfileChanged e, IDocumentSession session)
    {
        Profile(session, e.ClientId, e.Centre, e.Sex, BirthYear(e.BirthYear, e.BirthYearBand), e.Nationality);
        RefreshFacts(session, e.ClientId);
    }

    /// <summary>
    /// A chunk of an import: each event as one on its own, then one lock and one refresh of all the chunk's clients
    /// (which have no facts yet unless services named them before their registration arrived).
    /// </summary>
    public static void Handle(ClientsImported e, IDocumentSession session)
    {
        e.Registered.ToList().ForEach(r => Profile(session, r));
        e.ResidenceChanged.ToList().ForEach(r => Residence(session, r));
        RefreshFacts(session, [.. e.Registered.Select(r => r.ClientId), .. e.ResidenceChanged.Select(r => r.ClientId)]);
    }

    /// <summary>
    /// Replaces the client's residence history (an event without <c>Statuses</c>, from before they were added, stands
    /// for its one category, valid from its <c>ValidFrom</c> or for ever). An anonymised client keeps its history.
    /// </summary>
    public static void Handle(ClientResidenceStatusChanged e, IDocumentSession session)
    {
        Residence(session, e);
        RefreshFacts(session, e.ClientId);
    }

    private static void Residence(IDocumentSession session, ClientResidenceStatusChanged e)
    {
        var statuses = e.Statuses ?? (e.Category is null ? [] : [new(e.Category, e.ValidFrom ?? DateOnly.MinValue)]);
        session.QueueSqlCommand("insert into monitoring.clients (client_id, centre) values (?, ?) on conflict do nothing",
            e.ClientId, e.Centre);
        session.QueueSqlCommand("""
            delete from monitoring.residence_statuses
            where client_id = ? and not exists (select 1 from monitoring.clients where client_id = ? and anonymised)
            """, e.ClientId, e.ClientId);
        session.QueueSqlCommand("""
            insert into monitoring.residence_statuses (client_id, valid_from, category)
            select ?, s.valid_from, s.category from unnest(?::date[], ?::text[]) as s(valid_from, category)
            where not exists (select 1 from monitoring.clients where client_id = ? and anonymised)
            on conflict do nothing
            """, e.ClientId, statuses.Select(s => s.ValidFrom).ToArray(), statuses.Select(s => s.Category).ToArray(),
            e.ClientId);
    }

    /// <summary>The merged record counts as the surviving one from now on, in every service and course.</summary>
    public static void Handle(ClientsMerged e, IDocumentSession session)
    {
        session.QueueSqlCommand("""
            insert into monitoring.clients (client_id, centre, merged_into) values (?, ?, ?)
            on conflict (client_id) do update set merged_into = excluded.merged_into
            """, e.MergedClientId, e.Centre, e.SurvivingClientId);
        LockChangeOrder(session);
        session.QueueSqlCommand("update monitoring.clients set merged_into = ? where merged_into = ?",
            e.SurvivingClientId, e.MergedClientId);
        session.QueueSqlCommand("""
            update monitoring.service_facts set client_key = ?, seq = nextval('monitoring.fact_seq')
            where client_key = ?
            """, e.SurvivingClientId, e.MergedClientId);
        session.QueueSqlCommand("update monitoring.course_participants set client_key = ? where client_key = ?",
            e.SurvivingClientId, e.MergedClientId);
        session.QueueSqlCommand(Refresh, new[] { e.SurvivingClientId });
    }

    public static void Handle(ClientAnonymised e, IDocumentSession session) =>
        session.QueueSqlCommand("""
            insert into monitoring.clients (client_id, centre, anonymised) values (?, ?, true)
            on conflict (client_id) do update set anonymised = true
            """, e.ClientId, e.Centre);

    private static void Profile(IDocumentSession session, ClientRegistered e) =>
        Profile(session, e.ClientId, e.Centre, e.Sex, BirthYear(e.BirthYear, e.BirthYearBand), e.Nationality);

    private static void Profile(IDocumentSession session, Guid id, string centre, string? sex, int? birthYear,
        string? nationality)
    {
        session.QueueSqlCommand("""
            insert into monitoring.clients (client_id, centre, sex, birth_year, nationality)
            values (?, ?, ?::text, ?::int, ?::text)
            on conflict (client_id) do update set sex = excluded.sex, birth_year = excluded.birth_year,
                nationality = excluded.nationality
            where not monitoring.clients.anonymised
            """, id, centre, Nullable(sex), Nullable(birthYear), Nullable(nationality));
    }

    /// <summary>
    /// The year a client counts with: its birth year, or for one known only by a five-year band (anonymous clients)
    /// the band's middle year, whose age band holds at least three of the band's five years.
    /// </summary>
    private static int? BirthYear(int? year, string? band) =>
        year ?? (band is { Length: 9 } && int.TryParse(band.AsSpan(0, 4), out var start) ? start + 2 : null);

    private static void RefreshFacts(IDocumentSession session, params Guid[] ids)
    {
        LockChangeOrder(session);
        session.QueueSqlCommand(Refresh, ids.Distinct().ToArray());
    }
}
