namespace Cpic.LanguageCourses.Domain;

/// <summary>
/// A certificate of completion (osvědčení). A snapshot of what it states, so that a reprint reads the same after
/// the course is edited. The holder is named by client code: the Clients module shares no names (by design).
/// </summary>
internal sealed class Certificate
{
    /// <summary>The certificate number, e.g. <c>LBC-2026-0193A1F2-07</c>.</summary>
    public string Id { get; set; } = "";
    public Guid CourseId { get; set; }
    public Guid ClientId { get; set; }
    public string ClientCode { get; set; } = "";
    public string CourseTitle { get; set; } = "";
    public string CourseType { get; set; } = "";
    public string? Level { get; set; }
    public string Language { get; set; } = "cs";
    public decimal Hours { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateOnly IssuedOn { get; set; }
    public string CentreName { get; set; } = "";
    public string Town { get; set; } = "";
}
