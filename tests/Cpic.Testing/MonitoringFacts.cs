namespace Cpic.Testing;

public static class MonitoringFacts
{
    /// <summary>
    /// Clean documents and clean Monitoring fact tables (Marten's reset does not know the latter), for tests of modules
    /// that read Monitoring's figures.
    /// </summary>
    public static async Task ResetWithMonitoringFactsAsync(this CpicApp app)
    {
        await app.ResetAsync();
        await using var connection = app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var truncate = connection.CreateCommand();
        truncate.CommandText = """
            truncate monitoring.service_facts, monitoring.clients, monitoring.cancelled_services, monitoring.statistics_cube,
                     monitoring.pending_service_changes, monitoring.courses, monitoring.course_sessions,
                     monitoring.course_participants
            """;
        await truncate.ExecuteNonQueryAsync();
    }
}
