using Cpic.BuildingBlocks;

namespace Cpic.Clients.Domain;

// The events of a client's stream: the record's full history (ADR 0110). Each names who caused it (By, the
// user id of the token). Events holding personal data have a masking rule (ClientsModule) that erases it.

internal sealed record ClientRecordOpened(string Code, string Centre, ClientDetails Details, DateOnly RegisteredOn, string By);

internal sealed record ClientDetailsChanged(ClientDetails Details, string By);

internal sealed record AnonymousClientIdentified(ClientDetails Details, string By);

internal sealed record ResidenceStatusRecorded(ResidenceStatus Status, string By);

internal sealed record ConsentGiven(string Purpose, DateOnly GivenOn, string By);

internal sealed record ConsentWithdrawn(string Purpose, DateOnly WithdrawnOn, string By);

/// <summary>On the surviving record: the merged record's residence history and consents moved over.</summary>
internal sealed record ClientAbsorbed(Guid MergedClientId, IReadOnlyList<ResidenceStatus> Residence,
    IReadOnlyList<Consent> Consents, string By);

/// <summary>On the merged record: it now lives on as <see cref="SurvivingClientId"/>.</summary>
internal sealed record ClientMergedInto(Guid SurvivingClientId, string By);

internal sealed record ClientRecordAnonymised(string Reason, string By);

/// <summary>
/// A residence status (pobytový status) as checked on a document: category from the reference code list, permit
/// or visa type, document number (protected: shown masked, erased on anonymisation), validity, who verified it.
/// </summary>
/// <param name="Category" example="temporary-protection">Code from /api/v1/reference/residence-categories.</param>
/// <param name="PermitType" example="vízum k pobytu nad 90 dnů za účelem strpění">Permit or visa type as on the document.</param>
/// <param name="DocumentNumber" example="EB1234567">Document number; shown masked except in the export.</param>
/// <param name="ValidFrom" example="2026-03-05">First day of validity.</param>
/// <param name="ValidUntil" example="2027-03-04">Last day of validity; none for permanent statuses.</param>
/// <param name="VerifiedBy" example="J. Nováková">Who checked the document with a photo.</param>
/// <param name="VerifiedOn" example="2026-03-05">When it was checked (not in the future).</param>
public sealed record ResidenceStatus(
    string Category, string? PermitType, string? DocumentNumber, DateOnly ValidFrom, DateOnly? ValidUntil,
    string? VerifiedBy, DateOnly? VerifiedOn) : WithheldFromLogs
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidUntil is null || date <= ValidUntil);

    public ResidenceStatus Erased() => this with { DocumentNumber = null, VerifiedBy = null };
}

/// <summary>A consent (souhlas) for one purpose; withdrawn when <see cref="WithdrawnOn"/> is set.</summary>
internal sealed record Consent(string Purpose, DateOnly GivenOn, DateOnly? WithdrawnOn, string RecordedBy);
