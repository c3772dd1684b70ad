using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Monitoring.Facts;

/// <summary>
/// The anonymised facts, as plain relational tables in the <c>monitoring</c> schema (ADR 0140): SQL aggregation
/// over indexed columns is what keeps yearly statistics of the whole network fast. Marten's schema management
/// creates and migrates them with everything else.
/// </summary>
internal static class FactTables
{
    public const string Schema = "monitoring";

    /// <summary>Orders every change of a fact row; the facts feed's cursor.</summary>
    public static readonly Sequence ChangeSequence = new(new PostgresqlObjectName(Schema, "fact_seq", SchemaUtils.IdentifierUsage.General));

    public static IEnumerable<ISchemaObject> All() =>
        [
            ChangeSequence, ServiceFacts(), Clients(), ResidenceStatuses(), CancelledServices(),
            ApplyPendingServiceChangesHandler.Pending(), Courses(), CourseSessions(), CourseParticipants(),
        ];

    /// <summary>One row per service and client (a service without clients has one row with the empty client id).</summary>
    private static Table ServiceFacts()
    {
        var table = new Table(new PostgresqlObjectName(Schema, "service_facts", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("service_id", "uuid").AsPrimaryKey();
        table.AddColumn("client_id", "uuid").AsPrimaryKey();
        table.AddColumn("client_key", "uuid");
        table.AddColumn("ordinal", "integer").NotNull();
        table.AddColumn("status", "text").NotNull();
        table.AddColumn("seq", "bigint").NotNull();
        table.AddColumn("centre", "text").NotNull();
        table.AddColumn("workplace", "text").NotNull();
        table.AddColumn("region", "text").NotNull();
        table.AddColumn("date", "date").NotNull();
        table.AddColumn("minutes", "integer").NotNull();
        table.AddColumn("service_type", "text").NotNull();
        table.AddColumn("form", "text").NotNull();
        table.AddColumn("place_type", "text").NotNull();
        table.AddColumn("topics", "text[]").NotNull();
        table.AddColumn("interpreter_language", "text");
        table.AddColumn("sex", "text");
        table.AddColumn("birth_year", "integer");
        table.AddColumn("nationality", "text");
        table.AddColumn("residence_category", "text");
        table.AddColumn("revision", "integer").NotNull().DefaultValueByExpression("0");
        table.Indexes.Add(new IndexDefinition("ix_service_facts_seq") { Columns = ["seq"], IsUnique = true });
        table.Indexes.Add(new IndexDefinition("ix_service_facts_date") { Columns = ["date"] });
        table.Indexes.Add(new IndexDefinition("ix_service_facts_region_date") { Columns = ["region", "date"] });
        table.Indexes.Add(new IndexDefinition("ix_service_facts_centre_date") { Columns = ["centre", "date"] });
        table.Indexes.Add(new IndexDefinition("ix_service_facts_client_key") { Columns = ["client_key"] });
        return table;
    }

    /// <summary>
    /// Statistical attributes of a client; <c>merged_into</c> points at the record it now counts as. <c>birth_year</c>
    /// is the year, or for a client known only by a five-year band its middle year (docs/statistics.md, age band).
    /// </summary>
    private static Table Clients()
    {
        var table = new Table(new PostgresqlObjectName(Schema, "clients", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("client_id", "uuid").AsPrimaryKey();
        table.AddColumn("centre", "text").NotNull();
        table.AddColumn("sex", "text");
        table.AddColumn("birth_year", "integer");
        table.AddColumn("nationality", "text");
        table.AddColumn("merged_into", "uuid");
        table.AddColumn("anonymised", "boolean").NotNull().DefaultValueByExpression("false");
        table.Indexes.Add(new IndexDefinition("ix_clients_merged_into") { Columns = ["merged_into"] });
        return table;
    }

    /// <summary>
    /// Each client's residence history: a category in force from <c>valid_from</c> until the client's next status
    /// starts. A service counts under the category valid on its date.
    /// </summary>
    private static Table ResidenceStatuses()
    {
        var table = new Table(new PostgresqlObjectName(Schema, "residence_statuses", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("client_id", "uuid").AsPrimaryKey();
        table.AddColumn("valid_from", "date").AsPrimaryKey();
        table.AddColumn("category", "text").NotNull();
        return table;
    }

    /// <summary>Cancellations, kept apart so that one handled before its service's record still wins.</summary>
    private static Table CancelledServices()
    {
        var table = new Table(new PostgresqlObjectName(Schema, "cancelled_services", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("service_id", "uuid").AsPrimaryKey();
        return table;
    }

    private static Table Courses()
    {
        var table = new Table(new PostgresqlObjectName(Schema, "courses", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("course_id", "uuid").AsPrimaryKey();
        table.AddColumn("centre", "text");
        table.AddColumn("workplace", "text");
        table.AddColumn("region", "text");
        table.AddColumn("course_type", "text");
        table.AddColumn("category", "text");
        table.AddColumn("venue_town", "text");
        table.AddColumn("cancelled", "boolean").NotNull().DefaultValueByExpression("false");
        return table;
    }

    private static Table CourseSessions()
    {
        var table = new Table(new PostgresqlObjectName(Schema, "course_sessions", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("session_id", "uuid").AsPrimaryKey();
        table.AddColumn("course_id", "uuid").NotNull();
        table.AddColumn("date", "date").NotNull();
        table.AddColumn("hours", "numeric(6,2)").NotNull();
        table.AddColumn("audience", "integer").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_course_sessions_date") { Columns = ["date"] });
        return table;
    }

    private static Table CourseParticipants()
    {
        var table = new Table(new PostgresqlObjectName(Schema, "course_participants", SchemaUtils.IdentifierUsage.General));
        table.AddColumn("course_id", "uuid").AsPrimaryKey();
        table.AddColumn("client_id", "uuid").AsPrimaryKey();
        table.AddColumn("client_key", "uuid").NotNull();
        table.AddColumn("withdrawn", "boolean").NotNull().DefaultValueByExpression("false");
        table.AddColumn("enrolled_on", "date");
        table.AddColumn("withdrawn_on", "date");
        table.AddColumn("completed_on", "date");
        table.Indexes.Add(new IndexDefinition("ix_course_participants_client_key") { Columns = ["client_key"] });
        return table;
    }
}
