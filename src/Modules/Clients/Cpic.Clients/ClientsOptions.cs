namespace Cpic.Clients;

/// <summary>Configuration section <c>Clients</c>.</summary>
public sealed class ClientsOptions
{
    public const string Section = "Clients";

    /// <summary>Retention (skartační lhůta): years after the client's last activity after which the record is anonymised.</summary>
    public int RetentionYears { get; set; } = 10;

    /// <summary>How often the retention policy is applied; the first run is one interval after start.</summary>
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Base64 of 32 random bytes: the AES-256 key that protects residence document numbers at rest. Keep it in a
    /// secret store; the development key in appsettings.Development.json is for development only.
    /// </summary>
    public string? DocumentNumberKey { get; set; }
}
