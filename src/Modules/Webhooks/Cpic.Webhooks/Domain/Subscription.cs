using JasperFx;

namespace Cpic.Webhooks.Domain;

/// <summary>
/// Where a centre (or, with <see cref="Centre"/> null, the ministry) wants events delivered. Stored for the owner's
/// centre (the default tenant for the ministry), so another centre never finds it. <see cref="Secret"/> signs the
/// deliveries; after a rotation <see cref="PreviousSecret"/> signs too until <see cref="PreviousSecretUntil"/>.
/// </summary>
internal sealed class Subscription : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string? Centre { get; set; }
    public string Url { get; set; } = "";
    public string? Description { get; set; }
    public IReadOnlyList<string> EventTypes { get; set; } = [];
    public string Secret { get; set; } = "";
    public string? PreviousSecret { get; set; }
    public DateTimeOffset? PreviousSecretUntil { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTimeOffset? DisabledAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>The secrets that sign a delivery sent at <paramref name="now"/>: the current one, and the previous one for a day after a rotation.</summary>
    public IEnumerable<string> SecretsAt(DateTimeOffset now) =>
        PreviousSecret is not null && PreviousSecretUntil > now ? [Secret, PreviousSecret] : [Secret];
}
