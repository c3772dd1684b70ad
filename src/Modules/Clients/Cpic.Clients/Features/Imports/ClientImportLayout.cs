using Cpic.BuildingBlocks.Imports;
using Cpic.Clients.Domain;

namespace Cpic.Clients.Features.Imports;

/// <summary>
/// The columns of a clients import file: the fields of <c>POST /api/v1/clients</c> (without household) and one
/// residence status (<c>residence.*</c>, the body of <c>POST .../residence-statuses</c>). An NDJSON row is that JSON
/// with <c>sourceId</c> and a <c>residenceStatuses</c> list (any number of statuses).
/// </summary>
internal static class ClientImportLayout
{
    public const string Kind = ImportKinds.Clients;

    public static readonly ImportLayout Layout = new(Kind,
    [
        ImportColumn.SourceId, new("anonymous", "anonymous", CellKind.Flag), new("workplace", "workplace", Required: true),
        new("givenNames", "givenNames"), new("surname", "surname"), new("nativeName", "nativeName"),
        new("pseudonym", "pseudonym"), new("birthDate", "birthDate"), new("birthYear", "birthYear", CellKind.Number),
        new("birthYearBand", "birthYearBand"), new("sex", "sex", Required: true), new("nationality", "nationality", Required: true),
        new("otherCitizenships", "otherCitizenships", CellKind.List), new("preferredLanguage", "preferredLanguage"),
        new("languages", "languages", CellKind.List), new("contact.phone", "contact.phone"),
        new("contact.email", "contact.email"), new("contact.town", "contact.town"), new("contact.region", "contact.region"),
        new("vulnerability.minor15To18", "vulnerability.minor15To18", CellKind.Flag),
        new("vulnerability.disability", "vulnerability.disability", CellKind.Flag),
        new("vulnerability.pregnancy", "vulnerability.pregnancy", CellKind.Flag),
        new("vulnerability.traffickingVictim", "vulnerability.traffickingVictim", CellKind.Flag),
        .. Residence("category", "permitType", "documentNumber", "validFrom", "validUntil", "verifiedBy", "verifiedOn"),
    ]);

    private static IEnumerable<ImportColumn> Residence(params string[] fields) =>
        fields.Select(f => new ImportColumn($"residence.{f}", $"residenceStatuses.0.{f}"));

    /// <summary>What a row adds to the client's details.</summary>
    internal sealed record Extras(IReadOnlyList<ResidenceStatus>? ResidenceStatuses);
}
