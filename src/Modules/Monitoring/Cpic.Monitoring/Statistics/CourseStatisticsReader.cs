using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// Course figures by grouping sets of (category, course type), (category) and all courses, so participants are
/// distinct within each level (a client in two Czech courses is one Czech-course participant).
/// </summary>
internal static class CourseStatisticsReader
{
    private const string Sql = """
        with held as (
            select c.*, s.session_id, s.hours, s.audience from monitoring.courses c
            join monitoring.course_sessions s on s.course_id = c.course_id
            where not c.cancelled and s.date between @from and @to
              and (@centre::text is null or c.centre = @centre) and (@workplace::text is null or c.workplace = @workplace)
              and (@region::text is null or c.region = @region)),
        sa as (
            select grouping(category, course_type) as g, category, course_type, count(distinct course_id) as courses,
                   coalesce(array_remove(array_agg(distinct venue_town), null), '{}') as towns, count(*) as sessions,
                   coalesce(sum(hours), 0) as hours,
                   coalesce(sum(audience), 0) as audience
            from held group by grouping sets ((category, course_type), (category), ())),
        pa as (
            select grouping(h.category, h.course_type) as g, h.category, h.course_type,
                   count(distinct p.client_key) as participants,
                   count(distinct p.client_key) filter (where p.completed_on is not null) as completed,
                   count(*) filter (where p.completed_on between @from and @to) as completions
            from (select distinct course_id, category, course_type from held) h
            join monitoring.course_participants p on p.course_id = h.course_id and not p.withdrawn
            group by grouping sets ((h.category, h.course_type), (h.category), ()))
        select sa.g, sa.category, sa.course_type, sa.courses, sa.towns, sa.sessions, sa.hours, sa.audience,
               coalesce(pa.participants, 0), coalesce(pa.completed, 0), coalesce(pa.completions, 0)
        from sa left join pa on pa.g = sa.g and pa.category is not distinct from sa.category
                             and pa.course_type is not distinct from sa.course_type
        order by sa.g desc, sa.category, sa.course_type
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

        var aik = categories.Find(c => c.Code == "adaptation-integration")?.Completions ?? Cell.Of(0, filter.Public);
        var skk = categories.Find(c => c.Code == "socio-cultural")?.Audience ?? Cell.Of(0, filter.Public);
        return new CourseStatistics(totals, aik, skk, categories, types);
    }

    private static CourseRow Empty(bool publicFigures) =>
        new(null, 0, [], 0, 0, Cell.Of(0, publicFigures), Cell.Of(0, publicFigures), Cell.Of(0, publicFigures), null,
            Cell.Of(0, publicFigures));
}
