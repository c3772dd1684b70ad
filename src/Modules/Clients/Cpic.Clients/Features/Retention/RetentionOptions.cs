namespace Cpic.Clients.Features.Retention;

/// <summary>Configuration section <c>Clients</c>: the retention policy (skartační lhůta) of client records.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Clients";

    /// <summary>Years after the client's last activity after which the record is anonymised.</summary>
    public int RetentionYears { get; set; } = 10;

    /// <summary>How often the policy is applied; the first run is one interval after start.</summary>
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromDays(1);
}
