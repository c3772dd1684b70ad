namespace Cpic.Clients.Domain;

/// <summary>
/// One read of personal data: who (user id and role), when, which client, what (read, history, export) and why
/// if the caller said so (<c>X-Access-Reason</c>). Holds no personal data of the client, so it survives anonymisation.
/// </summary>
internal sealed class AccessLogEntry
{
    public Guid Id { get; set; }
    public Guid ClientId { get; set; }
    public string User { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Action { get; set; } = "";
    public string? Reason { get; set; }
}
