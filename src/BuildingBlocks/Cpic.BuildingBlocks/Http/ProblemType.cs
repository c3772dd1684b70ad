namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// One kind of problem the API answers with (ADR 0013): a stable <c>type</c> URI, the status it always has, a title that
/// never changes, when it happens (the default detail), and the extension members it carries besides
/// <c>traceId</c>. <see cref="ProblemTypes"/> is the catalogue; docs/problems.md lists it and a test keeps both equal.
/// </summary>
public sealed record ProblemType(string Slug, int Status, string Title, string When, params ProblemExtension[] Extensions)
{
    public const string Base = "https://cpic.cz/problems/";

    public string Uri => Base + Slug;

    /// <summary>The name of its schema in the OpenAPI document, when it carries extensions.</summary>
    public string SchemaId => string.Concat(Slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Problem";
}

/// <summary>
/// An extension member of a problem. <paramref name="Schema"/> is <c>uuid</c>, <c>uuid[]</c>, <c>boolean</c>,
/// <c>string[]</c>, <c>errors</c> (field name to messages) or the id of a component schema (a list of them when it
/// ends in <c>[]</c>).
/// </summary>
public sealed record ProblemExtension(string Name, string Schema, string Description, bool Required = true);
