using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Cpic.Monitoring.Network;

/// <summary>
/// Facts of the centres' networks (Platforms module): actors, meetings held with the actors present, proposals, closed
/// evaluations (figures only). Organisations
/// by id and type only; no people. Plain tables in the <c>monitoring</c> schema, like the other facts (ADR 0140).
/// </summary>
internal static class NetworkTables
{
    private const string Schema = "monitoring";

    public static IEnumerable<ISchemaObject> All() => [Actors(), Meetings(), Attendance(), Proposals(), Evaluations()];

    private static Table New(string name) => new(new PostgresqlObjectName(Schema, name, SchemaUtils.IdentifierUsage.General));

    private static Table Actors()
    {
        var table = New("network_actors");
        table.AddColumn("actor_id", "uuid").AsPrimaryKey();
        table.AddColumn("centre", "text").NotNull();
        table.AddColumn("region", "text").NotNull();
        table.AddColumn("actor_type", "text").NotNull();
        table.AddColumn("joined_on", "date").NotNull();
        return table;
    }

    private static Table Meetings()
    {
        var table = New("network_meetings");
        table.AddColumn("meeting_id", "uuid").AsPrimaryKey();
        table.AddColumn("centre", "text").NotNull();
        table.AddColumn("region", "text").NotNull();
        table.AddColumn("date", "date").NotNull();
        table.AddColumn("body_kind", "text").NotNull();
        table.AddColumn("organised_by_centre", "boolean").NotNull();
        table.AddColumn("themes", "text[]").NotNull();
        table.AddColumn("new_actors", "integer").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_network_meetings_centre_date") { Columns = ["centre", "date"] });
        return table;
    }

    private static Table Attendance()
    {
        var table = New("network_attendance");
        table.AddColumn("meeting_id", "uuid").AsPrimaryKey();
        table.AddColumn("actor_id", "uuid").AsPrimaryKey();
        table.AddColumn("actor_type", "text").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_network_attendance_actor") { Columns = ["actor_id"] });
        return table;
    }

    private static Table Proposals()
    {
        var table = New("network_proposals");
        table.AddColumn("proposal_id", "uuid").AsPrimaryKey();
        table.AddColumn("centre", "text").NotNull();
        table.AddColumn("region", "text").NotNull();
        table.AddColumn("raised_on", "date");
        table.AddColumn("outcome", "text");
        table.AddColumn("resolved_on", "date");
        return table;
    }

    /// <summary>One row per evaluation round; <c>closed_on</c> is the Prague date of <c>closed_at</c>.</summary>
    private static Table Evaluations()
    {
        var table = New("network_evaluations");
        table.AddColumn("round_id", "uuid").AsPrimaryKey();
        table.AddColumn("centre", "text").NotNull();
        table.AddColumn("region", "text").NotNull();
        table.AddColumn("body_kind", "text").NotNull();
        table.AddColumn("year", "integer").NotNull();
        table.AddColumn("closed_at", "timestamptz").NotNull();
        table.AddColumn("closed_on", "date").NotNull();
        table.AddColumn("invited", "integer").NotNull();
        table.AddColumn("responses", "integer").NotNull();
        table.AddColumn("usefulness", "integer[]").NotNull();
        table.AddColumn("information", "integer[]").NotNull();
        table.Indexes.Add(new IndexDefinition("ix_network_evaluations_centre_closed_on") { Columns = ["centre", "closed_on"] });
        return table;
    }
}
