using Marten;

namespace Cpic.Monitoring.Facts;

/// <summary>The columns of a service fact, whether it comes from a record or a correction.</summary>
internal sealed record ServiceFact(
    Guid ServiceId, string Centre, string Workplace, DateOnly Date, int Minutes, string ServiceType, string Form,
    string PlaceType, IReadOnlyList<string> Topics, string? InterpreterLanguage, IReadOnlyList<Guid> ClientIds,
    int Revision);

/// <summary>
/// Writes service facts, a batch of pending changes at a time (ADR 0142). Rows are keyed by service and client, so
/// a redelivered message rewrites the same rows instead of counting twice.
/// </summary>
internal static class ServiceFactWriter
{
    // One statement: rows of clients no longer on the service are marked removed (visible in the feed), the
    // others inserted or replaced. Client attributes come from the client the record now counts as (merges).
    private static readonly string Upsert = $"""
        with p as (select ?::uuid as id, ?::text as centre, ?::text as workplace, ?::text as region, ?::date as date,
                          ?::int as minutes, ?::text as service_type, ?::text as form, ?::text as place_type,
                          ?::text[] as topics, ?::text as language, ?::uuid[] as clients, ?::boolean as replace,
                          ?::int as revision),
        -- A correction older than one already applied (a late or redelivered message) changes nothing.
        newer as (select 1 from monitoring.service_facts f, p where f.service_id = p.id and f.revision > p.revision),
        removed as (
            update monitoring.service_facts f set status = 'removed', seq = nextval('monitoring.fact_seq'),
                revision = p.revision
            from p where p.replace and f.service_id = p.id and f.status <> 'removed' and f.client_id <> all(p.clients)
                and not exists (select 1 from newer))
        insert into monitoring.service_facts as f (service_id, client_id, client_key, ordinal, status, seq, centre,
            workplace, region, date, minutes, service_type, form, place_type, topics, interpreter_language, sex,
            birth_year, nationality, residence_category, revision)
        select p.id, i.client_id, coalesce(c.merged_into, nullif(i.client_id, '00000000-0000-0000-0000-000000000000')),
               i.ord - 1,
               case when exists (select 1 from monitoring.cancelled_services x where x.service_id = p.id)
                    then 'cancelled' else 'active' end,
               nextval('monitoring.fact_seq'), p.centre, p.workplace, p.region, p.date, p.minutes, p.service_type,
               p.form, p.place_type, p.topics, p.language, k.sex, k.birth_year, k.nationality,
               {CategoryOn("coalesce(c.merged_into, i.client_id)", "p.date")}, p.revision
        from p cross join unnest(p.clients) with ordinality as i(client_id, ord)
        left join monitoring.clients c on c.client_id = i.client_id
        left join monitoring.clients k on k.client_id = coalesce(c.merged_into, i.client_id)
        where not exists (select 1 from newer)
        """;

    private const string Replace = """
         on conflict (service_id, client_id) do update set client_key = excluded.client_key,
            ordinal = excluded.ordinal, status = excluded.status, seq = excluded.seq, centre = excluded.centre,
            workplace = excluded.workplace, region = excluded.region, date = excluded.date, minutes = excluded.minutes,
            service_type = excluded.service_type, form = excluded.form, place_type = excluded.place_type,
            topics = excluded.topics, interpreter_language = excluded.interpreter_language, sex = excluded.sex,
            birth_year = excluded.birth_year, nationality = excluded.nationality,
            residence_category = excluded.residence_category, revision = excluded.revision
        """;

    /// <summary>
    /// Applies <paramref name="changes"/> in order, under the change-order lock. A first record
    /// never overwrites existing rows (a redelivery, or a correction applied first); a correction replaces them;
    /// a cancellation marks them, and is kept apart so that one applied before its service's record still wins.
    /// </summary>
    public static void Apply(IDocumentSession session, IReadOnlyList<PendingServiceChange> changes,
        IReadOnlyDictionary<string, string> regions)
    {
        foreach (var change in changes)
        {
            if (change.Fact is { } fact)
            {
                var replace = change.Kind == PendingServiceChange.Correct;
                session.QueueSqlCommand(Upsert + (replace ? Replace : " on conflict (service_id, client_id) do nothing"),
                    fact.ServiceId, fact.Centre, fact.Workplace, regions.GetValueOrDefault(fact.Centre, ""), fact.Date,
                    fact.Minutes, fact.ServiceType, fact.Form, fact.PlaceType, fact.Topics.ToArray(),
                    Nullable(fact.InterpreterLanguage), Clients(fact), replace, fact.Revision);
            }
            else
            {
                session.QueueSqlCommand(
                    "insert into monitoring.cancelled_services (service_id) values (?) on conflict do nothing",
                    change.ServiceId);
                session.QueueSqlCommand("""
                    update monitoring.service_facts set status = 'cancelled', seq = nextval('monitoring.fact_seq')
                    where service_id = ? and status = 'active'
                    """, change.ServiceId);
            }
        }
    }

    /// <summary>The fact's clients; a service without clients has one row with the empty client id.</summary>
    private static Guid[] Clients(ServiceFact fact) =>
        fact.ClientIds.Count == 0 ? [Guid.Empty] : [.. fact.ClientIds.Distinct()];

    /// <summary>
    /// Serialises the transactions that number fact changes, so that change numbers commit in order and a feed
    /// reader who has seen number N will never later find a smaller one appear (held until commit).
    /// </summary>
    public const string ChangeOrderLock = "select pg_advisory_xact_lock(7140)";

    /// <summary>Queues <see cref="ChangeOrderLock"/> in the session's transaction.</summary>
    public static void LockChangeOrder(IDocumentSession session) => session.QueueSqlCommand(ChangeOrderLock);

    public static object Nullable(object? value) => value ?? DBNull.Value;

    /// <summary>The residence category of the client <paramref name="client"/> valid on <paramref name="day"/> (SQL).</summary>
    public static string CategoryOn(string client, string day) => $"""
        (select r.category from monitoring.residence_statuses r where r.client_id = {client} and r.valid_from <= {day}
         order by r.valid_from desc limit 1)
        """;
}
