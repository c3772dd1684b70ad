namespace Cpic.Clients;

/// <summary>Configuration section <c>Clients</c>.</summary>
public sealed class ClientsOptions
{
    public const string Section = "Clients";

    /// <summary>Retention (skartační lhůta): years after the client's last activity after which the record is anonymised.</summary>
    public int RetentionYears { get; set; } = 10;

    /// <summary>The time of day (Prague) at which the retention policy runs every day.</summary>
    public TimeOnly RetentionRunsAt { get; set; } = new(2, 30);

    /// <summary>False stops the daily run (a centre head can still run it for the centre).</summary>
    public bool RetentionScheduled { get; set; } = true;

    /// <summary>
    /// Days before a residence status ends at which <c>ResidenceExpiring</c> (webhook <c>client.residence-expiring</c>)
    /// is published; a status recorded inside that window is announced at once.
    /// </summary>
    public int ResidenceExpiringDays { get; set; } = 30;

    /// <summary>
    /// Base64 of 32 random bytes: the AES-256 key that protects residence document numbers at rest. Keep it in a
    /// secret store; the development key in appsettings.Development.json is for development only.
    /// </summary>
    public string? DocumentNumberKey { get; set; }
}
