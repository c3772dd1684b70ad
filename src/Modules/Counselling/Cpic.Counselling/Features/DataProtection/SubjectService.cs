using Cpic.Counselling.Domain;

namespace Cpic.Counselling.Features.DataProtection;

/// <summary>
/// A service as the subject access export shows it to one client: the other participants of a group service are
/// counted, not named, and the free text they share (notes, outcome) is withheld, in every revision.
/// </summary>
/// <param name="Record">The service, naming only the subject among its clients.</param>
/// <param name="OtherParticipants">How many other registered clients the service had.</param>
/// <param name="Withheld">The fields left out because they describe the group, not the subject alone.</param>
internal sealed record SubjectService(ServiceRecord Record, int OtherParticipants, IReadOnlyList<string> Withheld)
{
    private static readonly string[] SharedText = ["notes", "outcome"];

    /// <summary>Changes <paramref name="record"/> in memory (it is never stored).</summary>
    public static SubjectService Of(ServiceRecord record, Guid subject)
    {
        var others = record.Details.ClientIds.Count(id => id != subject);
        record.Details = OnlyFor(record.Details, subject);
        record.History = [.. record.History.Select(r => r with { Details = OnlyFor(r.Details, subject) })];
        return new SubjectService(record, others, others > 0 ? SharedText : []);
    }

    private static ServiceDetails OnlyFor(ServiceDetails details, Guid subject) =>
        details.ClientIds.Any(id => id != subject)
            ? details with { ClientIds = [.. details.ClientIds.Where(id => id == subject)], Notes = null, Outcome = null }
            : details;
}
