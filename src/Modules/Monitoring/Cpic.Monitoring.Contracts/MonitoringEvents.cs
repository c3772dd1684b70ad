namespace Cpic.Monitoring.Contracts;

// Integration events of the Monitoring module: centre codes, months and numbers; never a client.

/// <summary>
/// The centre head closed the reporting month <c>Month</c> (yyyy-MM) of <c>Centre</c>: its figures are frozen as
/// snapshot number <c>Snapshot</c> (1 the first time; the ministry may reopen a month, which is closed again later).
/// </summary>
public sealed record MonthClosed(string Centre, string Month, int Snapshot);
