using JasperFx;

namespace Cpic.Platforms.Domain;

/// <summary>
/// A distribution list: a query over the centre's actors (types, towns, themes, seats in bodies) and/or actors and people
/// picked by hand, for a purpose. It holds no addresses: it is resolved when a sending goes out, to the people who then
/// consent to the purpose and have an e-mail.
/// </summary>
internal sealed class DistributionList : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string Purpose { get; set; } = "";
    public IReadOnlyList<string> ActorTypes { get; set; } = [];
    public IReadOnlyList<string> Towns { get; set; } = [];
    public IReadOnlyList<string> Themes { get; set; } = [];
    public IReadOnlyList<Guid> BodyIds { get; set; } = [];
    public IReadOnlyList<Guid> ActorIds { get; set; } = [];
    public IReadOnlyList<Guid> PersonIds { get; set; } = [];

    public bool HasQuery => ActorTypes.Count + Towns.Count + Themes.Count + BodyIds.Count > 0;
}

/// <summary>A message sent to a distribution list: subject, text, list, who sent it and when; its recipients are <see cref="Delivery"/> records.</summary>
internal sealed class Sending
{
    public Guid Id { get; set; }
    public Guid? ListId { get; set; }
    public string ListName { get; set; } = "";
    public string Purpose { get; set; } = "";
    public Guid? BodyId { get; set; }
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public string Channel { get; set; } = "";
    public string SentBy { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
    public int Recipients { get; set; }
}

/// <summary>One recipient of a sending and what became of the e-mail (personal data: erased with the person).</summary>
internal sealed class Delivery : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid SendingId { get; set; }
    public Guid? PersonId { get; set; }
    public Guid ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string Status { get; set; } = DeliveryStatuses.Pending;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}

internal static class DeliveryStatuses
{
    public const string Pending = "pending", Delivered = "delivered", Failed = "failed", NotSent = "not-sent", Erased = "erased";
}
