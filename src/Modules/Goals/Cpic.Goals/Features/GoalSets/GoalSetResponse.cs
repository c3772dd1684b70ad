using Cpic.Goals.Domain;
using Cpic.Goals.Progress;

namespace Cpic.Goals.Features.GoalSets;

/// <summary>A goal set as its centre and the ministry see it (internal notes and history included).</summary>
/// <param name="Id">Id of the set.</param>
/// <param name="Centre" example="LBC">Centre code.</param>
/// <param name="Year" example="2026">The year of the goals.</param>
/// <param name="Status" example="draft">draft, submitted, returned or approved (of the current version).</param>
/// <param name="Version" example="1">The current version number; approval freezes it, a later change starts the next.</param>
/// <param name="ApprovedVersion" example="1">The latest approved version, if any.</param>
/// <param name="PublishedVersion" example="1">The version on the public endpoint, if published.</param>
/// <param name="Revision" example="3">The document revision: the value of the ETag (send it as If-Match).</param>
/// <param name="Goals">The goals of the current version.</param>
/// <param name="History">Who did what to which version, oldest first.</param>
/// <param name="Progress">Live progress as of today (GET only; null in the answers of changes).</param>
public sealed record GoalSetResponse(
    Guid Id, string Centre, int Year, string Status, int Version, int? ApprovedVersion, int? PublishedVersion,
    int Revision, IReadOnlyList<Goal> Goals, IReadOnlyList<WorkflowStep> History, SetProgress? Progress)
{
    internal static GoalSetResponse From(GoalSet set, SetProgress? progress = null) =>
        new(set.Id, set.Centre, set.Year, set.Status, set.Number, set.ApprovedNumber, set.PublishedNumber, set.Version,
            set.Goals, set.History, progress);
}
