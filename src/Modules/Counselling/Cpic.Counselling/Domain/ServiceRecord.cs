using JasperFx;

namespace Cpic.Counselling.Domain;

/// <summary>
/// A service (intervention) given to one client, a group of clients or an uncounted audience. Corrections keep the
/// previous content in <see cref="History"/>; a cancelled record stays stored but leaves the statistics.
/// </summary>
public sealed class ServiceRecord : IRevisioned, ISortedNewestFirst
{
    public Guid Id { get; set; }

    /// <summary>Marten's numeric revision: the ETag, checked against <c>If-Match</c> on every change.</summary>
    public int Version { get; set; }

    public ServiceDetails Details { get; set; } = null!;

    /// <summary>Date, start time and id as one sortable string: the keyset of lists (newest first).</summary>
    public string SortKey { get; set; } = "";

    /// <summary>How the current revision came about: recorded, corrected or cancelled.</summary>
    public string Action { get; set; } = ServiceActions.Recorded;

    public bool Cancelled => Action == ServiceActions.Cancelled;
    public string? CancellationReason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";

    /// <summary>Every earlier revision, oldest first, each with the content it had.</summary>
    public List<ServiceRevision> History { get; set; } = [];

    public static ServiceRecord Create(ServiceDetails details, string userId, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        return new ServiceRecord
        {
            Id = id, Version = 1, Details = details, SortKey = SortKeyOf(details, id),
            ChangedAt = at, ChangedBy = userId,
        };
    }

    public void Correct(ServiceDetails details, string userId, DateTimeOffset at)
    {
        Archive();
        Action = ServiceActions.Corrected;
        Details = details;
        SortKey = SortKeyOf(details, Id);
        Touch(userId, at);
    }

    public void Cancel(string reason, string userId, DateTimeOffset at)
    {
        Archive();
        Action = ServiceActions.Cancelled;
        CancellationReason = reason;
        Touch(userId, at);
    }

    /// <summary>After a client merge the record names the surviving client; not a correction of what was done.</summary>
    public void RepointClient(Guid from, Guid to) =>
        Details = Details with { ClientIds = [.. Details.ClientIds.Select(id => id == from ? to : id).Distinct()] };

    /// <summary>Anonymisation of a client: the free text (outcome, notes) may describe the person, in every revision.</summary>
    public void EraseFreeText()
    {
        Details = Details with { Outcome = null, Notes = null };
        History = [.. History.Select(r => r with { Details = r.Details with { Outcome = null, Notes = null } })];
    }

    /// <summary>For a reader who may not see the protected notes: none, in any revision. Never stored.</summary>
    public void HideNotes()
    {
        Details = Details with { Notes = null };
        History = [.. History.Select(r => r with { Details = r.Details with { Notes = null } })];
    }

    private void Archive() => History.Add(new ServiceRevision(Version, Action, ChangedAt, ChangedBy, Details));

    private void Touch(string userId, DateTimeOffset at)
    {
        ChangedAt = at;
        ChangedBy = userId;
    }

    private static string SortKeyOf(ServiceDetails details, Guid id) =>
        $"{details.Date:yyyy-MM-dd} {details.StartTime ?? "00:00"} {id}";
}

/// <summary>An earlier revision of a service record: how it came about, when, by whom, and its content.</summary>
public sealed record ServiceRevision(int Version, string Action, DateTimeOffset At, string By, ServiceDetails Details);

internal static class ServiceActions
{
    public const string Recorded = "recorded";
    public const string Corrected = "corrected";
    public const string Cancelled = "cancelled";
}
