using Cpic.Counselling.Contracts;
using JasperFx;

namespace Cpic.Counselling.Domain;

/// <summary>
/// A counselling case (zakázka): a goal agreed with the client, planned steps, the services given for it, and a status
/// (open, paused, closed with a reason). Heads read workload and outcomes from cases.
/// </summary>
public sealed class CounsellingCase : IRevisioned, ISortedNewestFirst
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid ClientId { get; set; }
    public string Workplace { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public IReadOnlyList<string> Workers { get; set; } = [];
    public string Goal { get; set; } = "";
    public IReadOnlyList<PlanStep> Steps { get; set; } = [];
    public string Status { get; set; } = CaseStatuses.Open;
    public DateOnly? ClosedOn { get; set; }
    public string? CloseReason { get; set; }
    public List<Guid> ServiceIds { get; set; } = [];
    public List<CaseStatusChange> History { get; set; } = [];
    public string SortKey { get; set; } = "";
}

/// <summary>A planned step (e.g. "apply for a long-term residence permit") with an optional due date.</summary>
/// <param name="Description" example="Collect the documents for the permit">What is to be done, at most 500 characters.</param>
/// <param name="DueOn" example="2026-12-15">Optional due date.</param>
/// <param name="Done" example="false">Whether the step is done.</param>
public sealed record PlanStep(string Description, DateOnly? DueOn, bool Done);

public sealed record CaseStatusChange(string Status, string? Reason, DateOnly On, DateTimeOffset At, string By);

internal static class CaseStatuses
{
    public const string Open = "open";
    public const string Paused = "paused";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Open, Paused, Closed];

    /// <summary>Why a case ends (<see cref="CounsellingCodes.CloseReasons"/>).</summary>
    public static readonly IReadOnlyList<string> CloseReasons = CounsellingCodes.CloseReasons;
}
