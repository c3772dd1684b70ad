namespace Cpic.Clients.Contracts;

// Integration events of the Clients module. Other modules build their own read models from them.
// They carry a pseudonymous key (ClientId) and statistical attributes only: never names, contacts or documents.
// Centre is the centre code (e.g. "LBC"), Workplace a workplace code (e.g. "LBC-CL").

/// <summary>
/// A client was registered (identified, or anonymous with a pseudonym). <c>BirthYearBand</c> (added later, optional)
/// is the five-year band such as <c>1985-1989</c>, known also for anonymous clients.
/// </summary>
public sealed record ClientRegistered(
    Guid ClientId, string Centre, string Workplace, string ClientCode, bool Anonymous,
    string? Sex, int? BirthYear, string? Nationality, DateOnly RegisteredOn, string? BirthYearBand = null);

/// <summary>Statistical attributes of a client changed (sex, birth year, nationality, workplace; optional band).</summary>
public sealed record ClientProfileChanged(
    Guid ClientId, string Centre, string Workplace, string? Sex, int? BirthYear, string? Nationality,
    string? BirthYearBand = null);

/// <summary>
/// The client's residence statuses changed (a status was added or corrected, records were merged, or a status
/// recorded in advance took effect). <c>Category</c> is a code of /api/v1/reference/residence-categories of the
/// status valid today (the one that started last on or before today); null when none has started yet.
/// <c>Statuses</c> (added later, optional) is the whole history: every category with the day it took effect, so that
/// a reader can tell the category valid on any date, the future included.
/// </summary>
public sealed record ClientResidenceStatusChanged(
    Guid ClientId, string Centre, string? Category, string? PermitType, DateOnly? ValidFrom, DateOnly? ValidUntil,
    IReadOnlyList<ResidenceCategorySince>? Statuses = null);

/// <summary>
/// The client's latest residence status ends on <c>ValidUntil</c>, within <c>Clients:ResidenceExpiringDays</c> (default
/// 30) days: published once per status, on that day at midnight in Prague, or at once for a status recorded inside the
/// window; not when a newer status, a correction of its dates or a merge has replaced it by then. <c>Category</c> is a code of
/// /api/v1/reference/residence-categories.
/// </summary>
public sealed record ResidenceExpiring(Guid ClientId, string Centre, string Category, DateOnly ValidUntil);

/// <summary>A residence category in force from <c>ValidFrom</c> until the next status of the client starts.</summary>
public sealed record ResidenceCategorySince(string Category, DateOnly ValidFrom);

/// <summary>An anonymous client was identified: the same client, now with a full record.</summary>
public sealed record ClientIdentified(Guid ClientId, string Centre);

/// <summary>Two records of the same person were merged; <c>MergedClientId</c> no longer exists on its own.</summary>
public sealed record ClientsMerged(Guid SurvivingClientId, Guid MergedClientId, string Centre);

/// <summary>The client's personal data were erased; the record stays countable under the same key.</summary>
public sealed record ClientAnonymised(Guid ClientId, string Centre);

/// <summary>
/// A chunk of a bulk history import (docs/imports.md): the clients it registered and the residence histories it
/// recorded, each exactly the event registration and recording publish. A subscriber handles the chunk in one
/// transaction as it would handle each event, registrations first; one message instead of one per client and event.
/// </summary>
public sealed record ClientsImported(
    IReadOnlyList<ClientRegistered> Registered, IReadOnlyList<ClientResidenceStatusChanged> ResidenceChanged);
