using Cpic.BuildingBlocks.Imports;

namespace Cpic.Counselling.Features.Imports;

/// <summary>
/// The columns of a services import file: the fields of <c>POST /api/v1/counselling/services</c>, plus
/// <c>clientSourceIds</c>, the clients by their <c>sourceId</c> of a clients import of the centre (Cpic ids go in
/// <c>clientIds</c>). An NDJSON row is that JSON with <c>sourceId</c>.
/// </summary>
internal static class ServiceImportLayout
{
    public const string Kind = ImportKinds.Services;

    public static readonly ImportLayout Layout = new(Kind,
    [
        ImportColumn.SourceId, new("clientSourceIds", "clientSourceIds", CellKind.List), new("clientIds", "clientIds", CellKind.List),
        new("audienceSize", "audienceSize", CellKind.Number), new("date", "date", Required: true), new("startTime", "startTime"),
        new("minutes", "minutes", CellKind.Number, Required: true), new("serviceType", "serviceType", Required: true),
        new("form", "form", Required: true), new("workplace", "workplace", Required: true),
        new("place.type", "place.type", Required: true), new("place.name", "place.name"), new("place.town", "place.town"),
        new("topics", "topics", CellKind.List, Required: true), new("interpreter.language", "interpreter.language"),
        new("interpreter.external", "interpreter.external", CellKind.Flag), new("workers", "workers", CellKind.List),
        new("fundingSource", "fundingSource"), new("outcome", "outcome"), new("notes", "notes"),
    ]);

    /// <summary>What a row adds to the service's fields.</summary>
    internal sealed record Extras(IReadOnlyList<string>? ClientSourceIds);
}
