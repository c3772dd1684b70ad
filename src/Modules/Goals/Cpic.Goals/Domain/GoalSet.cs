using JasperFx;

namespace Cpic.Goals.Domain;

/// <summary>
/// A centre's operational goals for a year (one set per centre and year), tenanted by centre. <see cref="Number"/> is
/// the version being worked on; approval freezes it as a <see cref="GoalSetVersion"/>, and a change after approval
/// starts version <c>Number + 1</c> as a draft. <see cref="Version"/> is the document revision (the ETag).
/// </summary>
internal sealed class GoalSet : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Centre { get; set; } = "";
    public string Region { get; set; } = "";
    public int Year { get; set; }
    public string Status { get; set; } = GoalSetStatuses.Draft;
    public int Number { get; set; } = 1;
    public int? ApprovedNumber { get; set; }
    public int? PublishedNumber { get; set; }
    public List<Goal> Goals { get; set; } = [];
    public List<WorkflowStep> History { get; set; } = [];

    public Goal? FindGoal(Guid id) => Goals.Find(g => g.Id == id);

    public void Record(string action, string by, DateTimeOffset at, string? comment = null) =>
        History.Add(new WorkflowStep(action, Number, by, at, comment));
}

/// <summary>A version as approved by the ministry: never changed again (id <c>{setId}:{number}</c>).</summary>
internal sealed record GoalSetVersion(string Id, Guid SetId, int Number, IReadOnlyList<Goal> Goals, string ApprovedBy,
    DateTimeOffset ApprovedAt)
{
    public static string IdOf(Guid setId, int number) => $"{setId}:{number}";
}

/// <summary>Who did what to which version, when (and the coordinator's comment on a return).</summary>
/// <param name="Action" example="submitted">created, edited, submitted, approved, returned, new-version, published.</param>
/// <param name="Version" example="1">The version number acted on.</param>
/// <param name="By" example="jnovakova">The user (token subject).</param>
/// <param name="At">When (UTC).</param>
/// <param name="Comment" example="Add a measurable target to goal 2.">The comment of a return.</param>
public sealed record WorkflowStep(string Action, int Version, string By, DateTimeOffset At, string? Comment);

internal static class GoalSetStatuses
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Approved = "approved";

    public static readonly IReadOnlyList<string> All = [Draft, Submitted, Returned, Approved];

    /// <summary>Statuses in which the centre may edit the goals of the current version.</summary>
    public static bool Editable(string status) => status is Draft or Returned;
}
