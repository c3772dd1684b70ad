using Cpic.Platforms.Domain;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>A sending with its recipients and what became of each e-mail.</summary>
/// <param name="Id">The sending.</param>
/// <param name="ListId">The distribution list it went to; null for the e-mailed links of an evaluation round.</param>
/// <param name="ListName" example="Školy a poradny – zpravodaj">The list's name when sent.</param>
/// <param name="Purpose" example="newsletters">The consent purpose the recipients were chosen by.</param>
/// <param name="BodyId">The body it concerns, if any.</param>
/// <param name="Subject" example="Zpravodaj 12/2026">Subject.</param>
/// <param name="Text" example="Vážení partneři, ...">Plain text.</param>
/// <param name="SentBy" example="jnovak">Who sent it.</param>
/// <param name="SentAt">When.</param>
/// <param name="Recipients">Each recipient's delivery, by name.</param>
/// <param name="Channel" example="smtp">smtp (e-mailed) or export (no SMTP configured: export the recipients).</param>
/// <param name="Delivered" example="12">Recipients whose e-mail the server accepted.</param>
public sealed record SendingResponse(Guid Id, Guid? ListId, string ListName, string Purpose, Guid? BodyId, string Subject, string Text,
    string Channel, string SentBy, DateTimeOffset SentAt, int Delivered, IReadOnlyList<DeliveryResponse> Recipients)
{
    internal static SendingResponse Of(Sending s, IReadOnlyList<Delivery> deliveries) => new(s.Id, s.ListId, s.ListName, s.Purpose,
        s.BodyId, s.Subject, s.Text, s.Channel, s.SentBy, s.SentAt, deliveries.Count(d => d.Status == DeliveryStatuses.Delivered),
        [.. deliveries.Select(DeliveryResponse.Of)]);
}

/// <summary>A recipient of a sending. Name and e-mail are null once the person was erased.</summary>
/// <param name="Id">The delivery.</param>
/// <param name="PersonId">The person; null once erased.</param>
/// <param name="ActorId">Their actor.</param>
/// <param name="ActorName" example="PPP Liberec">The actor's name when sent.</param>
/// <param name="Name" example="Jana Příkladová">The person's name when sent.</param>
/// <param name="Email" example="jana.prikladova@example.org">The address it went to.</param>
/// <param name="DeliveredAt">When the server accepted it.</param>
/// <param name="Status" example="delivered">pending, delivered, failed (after the last attempt, or refused for good), not-sent (no SMTP) or erased.</param>
/// <param name="Attempts" example="2">SMTP attempts made.</param>
/// <param name="LastError" example="451 4.3.0 Temporary failure">The server's answer to the last failed attempt.</param>
public sealed record DeliveryResponse(Guid Id, Guid? PersonId, Guid ActorId, string ActorName, string? Name, string? Email,
    string Status, int Attempts, string? LastError, DateTimeOffset? DeliveredAt)
{
    internal static DeliveryResponse Of(Delivery d) =>
        new(d.Id, d.PersonId, d.ActorId, d.ActorName, d.Name, d.Email, d.Status, d.Attempts, d.LastError, d.DeliveredAt);
}
