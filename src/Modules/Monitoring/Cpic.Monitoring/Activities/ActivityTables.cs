using Cpic.Monitoring.Facts;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Monitoring.Activities;

/// <summary>
/// Facts of a centre's work beyond services to clients (ADR 0147): field visits, the audiences of services, cases,
/// referrals and interpreter bookings, one row per activity keyed by its own id, so a redelivered event rewrites its
/// row rather than adding one. Every change takes a new <c>seq</c> from the facts feed's sequence. No client ids.
/// </summary>
internal static class ActivityTables
{
    public static IEnumerable<ISchemaObject> All() =>
        [FieldVisits(), ServiceAudiences(), Cases(), Referrals(), InterpreterBookings()];

    private static Table FieldVisits()
    {
        var table = Activity("field_visit_facts", "visit_id", "date");
        table.AddColumn("workplace", "text").NotNull();
        table.AddColumn("place_type", "text").NotNull();
        table.AddColumn("place_key", "text").NotNull();
        table.AddColumn("people_reached", "integer").NotNull();
        table.AddColumn("minutes", "integer").NotNull();
        table.AddColumn("topics", "text[]").NotNull();
        return table;
    }

    /// <summary>A service's unregistered audience; a row only for a service that has or had one.</summary>
    private static Table ServiceAudiences()
    {
        var table = Activity("service_audiences", "service_id", "date");
        table.AddColumn("workplace", "text");
        table.AddColumn("service_type", "text");
        table.AddColumn("audience", "integer").NotNull().DefaultValueByExpression("0");
        table.AddColumn("revision", "integer").NotNull().DefaultValueByExpression("0");
        table.AddColumn("cancelled", "boolean").NotNull().DefaultValueByExpression("false");
        return table;
    }

    /// <summary>A case: opened (with its workplace) and closed may arrive in either order.</summary>
    private static Table Cases()
    {
        var table = Activity("case_facts", "case_id", "opened_on");
        table.AddColumn("workplace", "text");
        table.AddColumn("closed_on", "date");
        table.AddColumn("close_reason", "text");
        table.Indexes.Add(new IndexDefinition("ix_case_facts_closed_on") { Columns = ["closed_on"] });
        return table;
    }

    /// <summary>A referral and its latest status: the status of the highest referral version seen.</summary>
    private static Table Referrals()
    {
        var table = Activity("referral_facts", "referral_id", "date");
        table.AddColumn("direction", "text");
        table.AddColumn("partner_type", "text");
        table.AddColumn("status", "text").NotNull().DefaultValueByExpression("'sent'");
        table.AddColumn("status_version", "integer").NotNull().DefaultValueByExpression("1");
        return table;
    }

    private static Table InterpreterBookings()
    {
        var table = Activity("interpreter_booking_facts", "booking_id", "date");
        table.AddColumn("minutes", "integer").NotNull();
        table.AddColumn("language", "text").NotNull();
        return table;
    }

    /// <summary>The columns every activity has: its id, feed seq, centre and region, and the date it counts on.</summary>
    private static Table Activity(string name, string id, string date)
    {
        var table = new Table(new PostgresqlObjectName(FactTables.Schema, name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn(id, "uuid").AsPrimaryKey();
        table.AddColumn("seq", "bigint").NotNull();
        table.AddColumn("centre", "text").NotNull();
        table.AddColumn("region", "text");
        table.AddColumn(date, "date");
        table.Indexes.Add(new IndexDefinition($"ix_{name}_seq") { Columns = ["seq"], IsUnique = true });
        table.Indexes.Add(new IndexDefinition($"ix_{name}_{date}") { Columns = [date] });
        return table;
    }
}
