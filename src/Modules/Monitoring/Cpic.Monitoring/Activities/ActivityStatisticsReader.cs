using Cpic.Monitoring.Statistics;
using Npgsql;

namespace Cpic.Monitoring.Activities;

/// <summary>Reads <see cref="ActivityStatistics"/> with <see cref="ActivityStatisticsSql"/> on the statistics' connection.</summary>
internal static class ActivityStatisticsReader
{
    private sealed record Line(string Section, string? Code, long Count, long Places, long People, long Minutes);

    public static async Task<ActivityStatistics> Read(NpgsqlConnection connection, StatisticsFilter filter, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(ActivityStatisticsSql.Query, connection);
        StatisticsReader.AddScope(command, filter);
        var lines = new List<Line>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                lines.Add(new Line(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2),
                    reader.IsDBNull(3) ? 0 : reader.GetInt64(3), reader.IsDBNull(4) ? 0 : reader.GetInt64(4),
                    reader.IsDBNull(5) ? 0 : reader.GetInt64(5)));
            }
        }

        var p = filter.Public;
        Line Total(string section) => lines.Find(l => l.Section == section) ?? new Line(section, null, 0, 0, 0, 0);
        IEnumerable<Line> Rows(string section) => lines.Where(l => l.Section == section && l.Code is not null)
            .OrderByDescending(l => l.Count).ThenBy(l => l.Code, StringComparer.Ordinal);
        List<CountRow> Counts(string section) => [.. Rows(section).Select(l => new CountRow(l.Code!, Cell.Of(l.Count, p)))];

        var (visits, services, sessions) = (Total("fieldVisits"), Total("audiences.services"), Total("audiences.sessions"));
        var bookings = Total("interpreterBookings");
        return new ActivityStatistics(
            new FieldVisitStatistics(visits.Count, visits.Places, Cell.Of(visits.People, p), visits.Minutes,
                [.. Rows("fieldVisits.placeType").Select(l => new FieldVisitRow(l.Code!, l.Count, l.Places, Cell.Of(l.People, p)))],
                [.. Rows("fieldVisits.workplace").Select(l => new FieldVisitRow(l.Code!, l.Count, l.Places, Cell.Of(l.People, p)))]),
            new AudienceStatistics(Cell.Of(services.People + sessions.People + visits.People, p), Cell.Of(services.People, p),
                Cell.Of(sessions.People, p), Cell.Of(visits.People, p),
                [.. Rows("audiences.serviceType").Select(l => new AudienceRow(l.Code!, l.Count, Cell.Of(l.People, p)))]),
            new CaseStatistics(Cell.Of(Total("cases.opened").Count, p), Cell.Of(Total("cases.closed").Count, p),
                Cell.Of(Total("cases.openAtEnd").Count, p), Counts("cases.closedByReason")),
            new ReferralStatistics(Cell.Of(Total("referrals").Count, p), Counts("referrals.direction"),
                Counts("referrals.partnerType"), Counts("referrals.status")),
            new InterpreterStatistics(Cell.Of(bookings.Count, p), bookings.Minutes,
                [.. Rows("interpreterBookings.language").Select(l => new InterpreterRow(l.Code!, Cell.Of(l.Count, p), l.Minutes))]));
    }
}
