using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Course figures by grouping sets of (category, course type), (category) and all courses, so participants are
/// distinct within each level (a client in two Czech courses is one Czech-course participant). Completions are
/// counted apart, over every course in scope: a course completes after its last session, often in a later month.
/// </summary>
internal static class CourseStatisticsReader
{
    private const string Sql = """
        with scoped as (
            select * from monitoring.courses c
            where not c.cancelled
              and (@centre::text is null or c.centre = @centre) and (@workplace::text is null or c.workplace = @workplace)
              and (@region::text is null or c.region = @region)),
        held as (
            select c.*, s.session_id, s.hours, s.audience from scoped c
            join monitoring.course_sessions s on s.course_id = c.course_id
            where s.date between @from and @to),
        sa as (
            select grouping(category, course_type) as g, category, course_type, count(distinct course_id) as courses,
                   coalesce(array_remove(array_agg(distinct venue_town), null), '{}') as towns, count(*) as sessions,
                   coalesce(sum(hours), 0) as hours,
                   coalesce(sum(audience), 0) as audience
            from held group by grouping sets ((category, course_type), (category), ())),
        pa as (
            select grouping(h.category, h.course_type) as g, h.category, h.course_type,
                   count(distinct p.client_key) as participants,
                   count(distinct p.client_key) filter (where p.completed_on is not null) as completed
            from (select distinct course_id, category, course_type from held) h
            join monitoring.course_participants p on p.course_id = h.course_id and not p.withdrawn
            group by grouping sets ((h.category, h.course_type), (h.category), ())),
        co as (
            select grouping(c.category, c.course_type) as g, c.category, c.course_type, count(*) as completions
            from scoped c
            join monitoring.course_participants p on p.course_id = c.course_id and not p.withdrawn
            where p.completed_on between @from and @to
            group by grouping sets ((c.category, c.course_type), (c.category), ())),
        lines as (select g, category, course_type from sa union select g, category, course_type from co)
        select l.g, l.category, l.course_type, coalesce(sa.courses, 0), coalesce(sa.towns, '{}'),
               coalesce(sa.sessions, 0), coalesce(sa.hours, 0), coalesce(sa.audience, 0),
               coalesce(pa.participants, 0), coalesce(pa.completed, 0), coalesce(co.completions, 0)
        from lines l
        left join sa on sa.g = l.g and sa.category is not distinct from l.category
                     and sa.course_type is not distinct from l.course_type
        left join pa on pa.g = l.g and pa.category is not distinct from l.category
                     and pa.course_type is not distinct from l.course_type
        left join co on co.g = l.g and co.category is not distinct from l.category
                     and co.course_type is not distinct from l.course_type
        order by l.g desc, l.category, l.course_type
        """;

    public static async Task<CourseStatistics> Read(NpgsqlConnection connection, StatisticsFilter filter,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        StatisticsReader.AddScope(command, filter);
        var categories = new List<CourseRow>();
        var types = new List<CourseRow>();
        var totals = Empty(filter.Public);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var level = reader.GetInt32(0);
            var code = level == 0 ? reader.GetString(2) : level == 1 ? reader.GetString(1) : null;
            var participants = reader.GetInt64(8);
            var completed = reader.GetInt64(9);
            var row = new CourseRow(code, reader.GetInt64(3), reader.GetFieldValue<string[]>(4), reader.GetInt64(5),
                reader.GetDecimal(6), Cell.Of(reader.GetInt64(7), filter.Public), Cell.Of(participants, filter.Public),
                Cell.Of(completed, filter.Public),
                participants == 0 ? null : Math.Round((decimal)completed / participants, 3),
                Cell.Of(reader.GetInt64(10), filter.Public));
            (level == 0 ? types : level == 1 ? categories : null)?.Add(row);
            totals = level == 3 ? row : totals;
        }

        var aik = categories.Find(c => c.Code == CourseStatistics.AikCategory)?.Completions ?? Cell.Of(0, filter.Public);
        var skk = categories.Find(c => c.Code == CourseStatistics.SkkCategory)?.Audience ?? Cell.Of(0, filter.Public);
        return new CourseStatistics(totals, aik, skk, categories, types);
    }

    private static CourseRow Empty(bool publicFigures) =>
        new(null, 0, [], 0, 0, Cell.Of(0, publicFigures), Cell.Of(0, publicFigures), Cell.Of(0, publicFigures), null,
            Cell.Of(0, publicFigures));
}
