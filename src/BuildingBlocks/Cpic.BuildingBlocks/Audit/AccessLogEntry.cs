namespace Cpic.BuildingBlocks.Audit;

/// <summary>
/// One read of personal data: who (user id), when, whose (a client of the centre, or a person of a partner actor in
/// Platforms), what (read, export, enrolments...) and why if the caller said so (<c>X-Access-Reason</c>). Holds no
/// personal data of the subject, only the id, so it survives anonymisation and erasure.
/// </summary>
public sealed class AccessLogEntry
{
    public Guid Id { get; set; }

    /// <summary>The client read (Clients, Counselling, LanguageCourses); null for a partner's person.</summary>
    public Guid? ClientId { get; set; }

    /// <summary>The partner's person read (Platforms); null for a client.</summary>
    public Guid? PersonId { get; set; }

    public string User { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Action { get; set; } = "";
    public string? Reason { get; set; }
}
