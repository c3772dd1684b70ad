using Cpic.Clients.Contracts;
using Marten;
using static Cpic.Monitoring.Facts.ServiceFactWriter;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// Client attributes are copied onto the client's service facts so statistics need no join. Events may arrive in
/// any order relative to services: the facts are refreshed from the client row whenever either changes.
/// An anonymised client keeps the attributes it was counted with (later blank profile changes are ignored).
/// </summary>
public static class ClientFactsHandler
{
    private const string Refresh = """
        update monitoring.service_facts f set sex = c.sex, birth_year = c.birth_year, nationality = c.nationality,
            residence_category = c.residence_category, seq = nextval('monitoring.fact_seq')
        from monitoring.clients c
        where c.client_id = ? and c.merged_into is null and f.client_key = c.client_id
          and (f.sex, f.birth_year, f.nationality, f.residence_category)
              is distinct from (c.sex, c.birth_year, c.nationality, c.residence_category)
        """;

    public static void Handle(ClientRegistered e, IDocumentSession session) =>
        Profile(session, e.ClientId, e.Centre, e.Sex, e.BirthYear, e.Nationality);

    public static void Handle(ClientProfileChanged e, IDocumentSession session) =>
        Profile(session, e.ClientId, e.Centre, e.Sex, e.BirthYear, e.Nationality);

    public static void Handle(ClientResidenceStatusChanged e, IDocumentSession session)
    {
        session.QueueSqlCommand("""
            insert into monitoring.clients (client_id, centre, residence_category) values (?, ?, ?::text)
            on conflict (client_id) do update set residence_category = excluded.residence_category
            where not monitoring.clients.anonymised
            """, e.ClientId, e.Centre, Nullable(e.Category));
        RefreshFacts(session, e.ClientId);
    }

    /// <summary>The merged record counts as the surviving one from now on, in every service and course.</summary>
    public static void Handle(ClientsMerged e, IDocumentSession session)
    {
        session.QueueSqlCommand("""
            insert into monitoring.clients (client_id, centre, merged_into) values (?, ?, ?)
            on conflict (client_id) do update set merged_into = excluded.merged_into
            """, e.MergedClientId, e.Centre, e.SurvivingClientId);
        LockChangeOrder(session);
        StatisticsCube.Before(session, "select client_key, date from monitoring.service_facts where client_key in (?, ?)",
            e.MergedClientId, e.SurvivingClientId);
        session.QueueSqlCommand("update monitoring.clients set merged_into = ? where merged_into = ?",
            e.SurvivingClientId, e.MergedClientId);
        session.QueueSqlCommand("""
            update monitoring.service_facts set client_key = ?, seq = nextval('monitoring.fact_seq')
            where client_key = ?
            """, e.SurvivingClientId, e.MergedClientId);
        session.QueueSqlCommand("update monitoring.course_participants set client_key = ? where client_key = ?",
            e.SurvivingClientId, e.MergedClientId);
        session.QueueSqlCommand(Refresh, e.SurvivingClientId);
        StatisticsCube.After(session);
    }

    public static void Handle(ClientAnonymised e, IDocumentSession session) =>
        session.QueueSqlCommand("""
            insert into monitoring.clients (client_id, centre, anonymised) values (?, ?, true)
            on conflict (client_id) do update set anonymised = true
            """, e.ClientId, e.Centre);

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
        RefreshFacts(session, id);
    }

    private static void RefreshFacts(IDocumentSession session, Guid id)
    {
        LockChangeOrder(session);
        StatisticsCube.Before(session, "select client_key, date from monitoring.service_facts where client_key = ?", id);
        session.QueueSqlCommand(Refresh, id);
        StatisticsCube.After(session);
    }
}
