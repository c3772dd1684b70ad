using Cpic.Goals.Progress;

namespace Cpic.Goals.Domain;

/// <summary>A monthly review (id <c>{setId}:{yyyy-MM}</c>): figures frozen when recorded, never changed.</summary>
internal sealed record Review(string Id, Guid SetId, string Month, int Version, SetProgress Figures,
    IReadOnlyList<GoalComment> Comments, string By, DateTimeOffset At)
{
    public static string IdOf(Guid setId, string month) => $"{setId}:{month}";
}

/// <summary>The team's comment on a goal in a review, and the corrective actions agreed.</summary>
/// <param name="GoalId">A goal of the approved version.</param>
/// <param name="Comment" example="Fewer clients in summer; two outreach days planned.">At most 4,000 characters.</param>
/// <param name="CorrectiveActions" example="Field work in Jablonec every Tuesday">At most 4,000 characters.</param>
public sealed record GoalComment(Guid GoalId, string? Comment, string? CorrectiveActions);
