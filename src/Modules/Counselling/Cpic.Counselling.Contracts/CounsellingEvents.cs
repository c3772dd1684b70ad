namespace Cpic.Counselling.Contracts;

// Integration events of the Counselling module. No notes, no names: client keys (ClientId), codes and counts.
// Centre is a centre code, Workplace a workplace code; codes come from /api/v1/reference/*.

/// <summary>
/// A service (intervention) was recorded. <c>ClientIds</c> lists the clients served (identified or anonymous
/// clients registered in Clients; several for a group); <c>AudienceSize</c> counts an unregistered audience.
/// <c>PlaceType</c> is <c>workplace</c> for a centre workplace, else a field place type (dormitory, company...).
/// </summary>
public sealed record ServiceRecorded(
    Guid ServiceId, string Centre, string Workplace, DateOnly Date, int Minutes, string ServiceType, string Form,
    string PlaceType, string? PlaceTown, IReadOnlyList<string> Topics, string? InterpreterLanguage,
    bool ExternalInterpreter, IReadOnlyList<Guid> ClientIds, int? AudienceSize, string? FundingSource);

/// <summary>
/// A chunk of a bulk history import (docs/imports.md): the services it recorded, each exactly the event recording
/// publishes. A subscriber handles the chunk in one transaction as it would handle each event, in order; one message
/// instead of one per service.
/// </summary>
public sealed record ServicesImported(IReadOnlyList<ServiceRecorded> Services);

/// <summary>
/// A service record was corrected; the event carries the whole corrected record, replacing the old one.
/// <c>Revision</c> is the record's version after the correction: a subscriber ignores a correction older than
/// one it has applied (messages may be delivered out of order).
/// </summary>
public sealed record ServiceCorrected(
    Guid ServiceId, string Centre, string Workplace, DateOnly Date, int Minutes, string ServiceType, string Form,
    string PlaceType, string? PlaceTown, IReadOnlyList<string> Topics, string? InterpreterLanguage,
    bool ExternalInterpreter, IReadOnlyList<Guid> ClientIds, int? AudienceSize, string? FundingSource, int Revision = 0);

/// <summary>A service record was cancelled: it leaves the statistics.</summary>
public sealed record ServiceCancelled(Guid ServiceId, string Centre, DateOnly Date);

/// <summary>
/// A field visit (terénní práce) took place at a place of a given type. <c>PlaceKey</c> identifies the place (name and
/// town, case- and space-insensitive): visits with the same key are visits to one place.
/// </summary>
public sealed record FieldVisitRecorded(
    Guid VisitId, string Centre, string Workplace, DateOnly Date, string PlaceType, string PlaceName, string Town,
    int PeopleReached, IReadOnlyList<string> Topics, int Minutes, string? PlaceKey = null);

/// <summary>A client was referred to (<c>Direction</c> = outgoing) or from (incoming) a partner organisation.</summary>
public sealed record ReferralMade(
    Guid ReferralId, string Centre, Guid ClientId, string Direction, string PartnerType, DateOnly Date);

/// <summary>
/// A referral's status changed (accepted, completed or declined; codes in <see cref="CounsellingCodes"/>).
/// <c>Version</c> is the referral's version after the change (<see cref="ReferralMade"/> is version 1): a subscriber
/// keeps the status of the highest version it has seen, as messages may be delivered out of order.
/// </summary>
public sealed record ReferralStatusChanged(Guid ReferralId, string Centre, string Status, int Version);

/// <summary>An interpreter was booked for <c>Minutes</c> on <c>Date</c> in <c>Language</c> (a language code).</summary>
public sealed record InterpreterBooked(Guid BookingId, string Centre, DateOnly Date, int Minutes, string Language);

/// <summary>A counselling case (zakázka) was opened for a client.</summary>
public sealed record CaseOpened(Guid CaseId, string Centre, string Workplace, Guid ClientId, DateOnly Date);

/// <summary>A counselling case was closed with a reason code.</summary>
public sealed record CaseClosed(Guid CaseId, string Centre, Guid ClientId, DateOnly Date, string Reason);
