using FluentAssertions;

namespace Cpic.Testing;

/// <summary>Monitoring's fact tables, which Marten's reset does not know (ADR 0140).</summary>
public static class MonitoringFacts
{
    /// <summary>Empties the fact tables only: no figure of an earlier test remains.</summary>
    public static async Task TruncateFactsAsync(this CpicApp app)
    {
        await using var connection = app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var truncate = connection.CreateCommand();
        truncate.CommandText = """
            truncate monitoring.service_facts, monitoring.clients, monitoring.residence_statuses, monitoring.cancelled_services,
                     monitoring.pending_service_changes,
                     monitoring.courses, monitoring.course_sessions, monitoring.course_participants,
                     monitoring.field_visit_facts, monitoring.service_audiences, monitoring.case_facts,
                     monitoring.referral_facts, monitoring.interpreter_booking_facts
            """;
        await truncate.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Waits until Monitoring's applier has applied every waiting service change. A tracked session does not always
    /// cover the applier: a change finds a request outstanding from before the session and sends none (ADR 0142), and
    /// that request's applier may rest for seconds. A taken batch stays visible in the table until its transaction
    /// commits, so an empty table means every staged change is in the facts.
    /// </summary>
    public static async Task UntilServiceChangesAppliedAsync(this CpicApp app)
    {
        await using var connection = app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var waiting = connection.CreateCommand();
        waiting.CommandText = "select exists (select 1 from monitoring.pending_service_changes)";
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while ((bool)(await waiting.ExecuteScalarAsync())!)
        {
            DateTime.UtcNow.Should().BeBefore(until, "Monitoring applies its waiting service changes within a minute");
            await Task.Delay(50);
        }
    }

    /// <summary>Clean documents and clean fact tables, for tests of modules that read Monitoring's figures.</summary>
    public static async Task ResetWithMonitoringFactsAsync(this CpicApp app)
    {
        await app.ResetAsync();
        await app.TruncateFactsAsync();
    }
}
