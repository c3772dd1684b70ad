namespace Cpic.Goals.Contracts;

// Integration events of the Goals module: ids, centre code, year and version numbers only; no names, no texts.

/// <summary>A centre head submitted version <c>Version</c> of a centre's goal set for approval.</summary>
public sealed record GoalSetSubmitted(Guid GoalSetId, string Centre, int Year, int Version);

/// <summary>The ministry coordinator approved version <c>Version</c>; it is frozen from now on.</summary>
public sealed record GoalSetApproved(Guid GoalSetId, string Centre, int Year, int Version);

/// <summary>The ministry coordinator returned version <c>Version</c> with comments; the centre edits and resubmits it.</summary>
public sealed record GoalSetReturned(Guid GoalSetId, string Centre, int Year, int Version);

/// <summary>The approved version <c>Version</c> is now the one on the public endpoint.</summary>
public sealed record GoalSetPublished(Guid GoalSetId, string Centre, int Year, int Version);

/// <summary>A key result reached its target (seen at a check-in or a monthly review); published once per key result.</summary>
public sealed record KeyResultAchieved(Guid GoalSetId, string Centre, int Year, Guid GoalId, Guid KeyResultId);

/// <summary>The monthly review of <c>Month</c> (yyyy-MM) was recorded with its frozen figures.</summary>
public sealed record ReviewRecorded(Guid GoalSetId, string Centre, int Year, string Month);
