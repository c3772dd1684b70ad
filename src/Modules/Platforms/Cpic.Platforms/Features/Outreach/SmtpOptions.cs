using MailKit.Security;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>
/// The SMTP server outreach e-mail goes through (configuration section <c>Smtp</c>, README "Configuration"). Without a
/// <see cref="Host"/> and <see cref="From"/> nothing is e-mailed: sendings are recorded and their recipients exported.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }
    public string FromName { get; set; } = "Cpic";

    /// <summary>Attempts per recipient before the delivery is recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; it doubles with every further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public bool Configured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
