namespace Cpic.BuildingBlocks.Imports;

/// <summary>
/// One row of an uploaded file as read: its line, its source id, and its JSON (the shape of the API's request body,
/// plus <c>sourceId</c>), or the errors that made it unreadable (a line that is not JSON). A row with errors is
/// reported as refused; it never fails the job.
/// </summary>
public sealed record ImportRowText(int Line, string SourceId, string? Json, Dictionary<string, string[]>? Errors) : WithheldFromLogs;
