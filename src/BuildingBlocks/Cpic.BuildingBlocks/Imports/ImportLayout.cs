namespace Cpic.BuildingBlocks.Imports;

/// <summary>How a CSV cell becomes a JSON value: text as is, a flag (true/false), a whole number, or a list of texts
/// separated by <c>|</c>.</summary>
public enum CellKind { Text, Flag, Number, List }

/// <summary>
/// A column of an import file: its CSV header <see cref="Name"/> and where its value goes in the row's JSON
/// (<see cref="Path"/>, dotted, a number for a list position: <c>residenceStatuses.0.category</c>). A required column
/// must be in the header (its cells may still be empty: the row's rules decide).
/// </summary>
public sealed record ImportColumn(string Name, string Path, CellKind Kind = CellKind.Text, bool Required = false)
{
    /// <summary>The column of the row's own id in the source system, in every layout.</summary>
    public static readonly ImportColumn SourceId = new("sourceId", "sourceId", Required: true);
}

/// <summary>
/// The columns of one kind of import (<see cref="Kind"/>: <c>clients</c>, <c>services</c>). A CSV header names
/// columns; an NDJSON line is the row's JSON itself, whose top-level members are the first segments of the paths.
/// </summary>
public sealed record ImportLayout(string Kind, IReadOnlyList<ImportColumn> Columns)
{
    /// <summary>The top-level members an NDJSON row may have.</summary>
    public IReadOnlySet<string> Members { get; } = Columns.Select(c => c.Path.Split('.')[0]).ToHashSet(StringComparer.Ordinal);

    public ImportColumn? Find(string header) =>
        Columns.FirstOrDefault(c => c.Name.Equals(header.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>The kinds of import: each module's run handler takes its own.</summary>
public static class ImportKinds
{
    public const string Clients = "clients", Services = "services";
}
