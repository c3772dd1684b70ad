namespace Cpic.BuildingBlocks.Persistence;

/// <summary>Configuration section <c>Persistence</c>.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary>Npgsql connection string; when absent, the <c>CPIC_POSTGRES</c> environment variable.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How async projections run: <c>Wolverine</c> (default; Wolverine distributes them over the running nodes)
    /// or <c>Solo</c> (this node runs them all: tests and single-node set-ups).
    /// </summary>
    public string Projections { get; set; } = "Wolverine";

    /// <summary>Apply schema changes at start (development, tests). Production runs <c>build/migrate.sh</c>.</summary>
    public bool ApplySchemaOnStart { get; set; }
}
