using Cpic.BuildingBlocks;
using Cpic.Platforms.Domain;
using Cpic.Platforms.Features.Outreach;
using Marten;
using Wolverine;

namespace Cpic.Platforms.Features.Evaluations;

/// <summary>What became of an invited actor's e-mailed invitation.</summary>
/// <param name="ActorId">The invited actor.</param>
/// <param name="ActorName" example="Krajská pobočka ÚP Liberec">Its name.</param>
/// <param name="Status" example="queued">queued (e-mailed from the outbox: follow it in the sending) or not-sent.</param>
/// <param name="Reason" example="no-consent">Why not sent: no-smtp (no SMTP configured), no-representative (the seat names no person), no-email, no-consent (the representative does not consent to invitations).</param>
public sealed record InvitationMail(Guid ActorId, string ActorName, string Status, string? Reason = null);

/// <summary>
/// E-mails each invited actor's response link to the representative person of its seat, through the outreach sendings:
/// one <see cref="Sending"/> (purpose invitations, no list) whose text holds a <c>{link}</c> placeholder, one delivery
/// per reachable person. The link itself travels only in the delivery's outbox message, never in a stored document.
/// </summary>
internal static class EvaluationInvitations
{
    public const string Placeholder = "{link}";

    public static async Task<(IReadOnlyList<InvitationMail> Mails, Guid? SendingId, OutgoingMessages Messages)> QueueAsync(
        IDocumentSession session, EvaluationRound round, Body body, IReadOnlyList<ResponseLink> links, SmtpOptions smtp, string linkBase,
        string userId, CancellationToken ct)
    {
        if (!smtp.Configured) return ([.. links.Select(l => new InvitationMail(l.ActorId, l.ActorName, "not-sent", "no-smtp"))], null, []);
        var (first, last) = (new DateOnly(round.Year, 1, 1), new DateOnly(round.Year, 12, 31));
        var representatives = body.Members.Where(m => m.PersonId is not null && m.From <= last && (m.To is null || m.To >= first))
            .OrderBy(m => m.From).GroupBy(m => m.ActorId).ToDictionary(g => g.Key, g => g.Last().PersonId!.Value);
        var people = (await session.LoadManyAsync<ContactPerson>(ct, representatives.Values.Distinct())).ToDictionary(p => p.Id);
        var sending = new Sending
        {
            Id = Guid.CreateVersion7(), ListName = $"Hodnocení: {round.BodyName} {round.Year}", Purpose = "invitations", BodyId = body.Id,
            Subject = $"Hodnocení {round.BodyName} za rok {round.Year}", Text = Text(round), Channel = "smtp", SentBy = userId,
            SentAt = round.OpenedAt,
        };
        var (mails, deliveries, messages) = (new List<InvitationMail>(), new List<Delivery>(), new OutgoingMessages());
        foreach (var link in links)
        {
            var person = representatives.TryGetValue(link.ActorId, out var id) ? people.GetValueOrDefault(id) : null;
            var reason = person is null ? "no-representative" : person.Email is null ? "no-email" : !person.HasConsent("invitations") ? "no-consent" : null;
            mails.Add(new InvitationMail(link.ActorId, link.ActorName, reason is null ? "queued" : "not-sent", reason));
            if (reason is not null) continue;
            var delivery = new Delivery
            {
                Id = Guid.CreateVersion7(), Version = 1, SendingId = sending.Id, PersonId = person!.Id, ActorId = link.ActorId,
                ActorName = link.ActorName, Name = person.Name, Email = person.Email,
            };
            deliveries.Add(delivery);
            messages.Add(new DeliverOutreachMail(delivery.Id, linkBase.TrimEnd('/') + link.Path));
        }

        if (deliveries.Count == 0) return (mails, null, []);
        sending.Recipients = deliveries.Count;
        session.Insert(sending);
        session.Insert<Delivery>(deliveries);
        return (mails, sending.Id, messages);
    }

    private static string Text(EvaluationRound round) =>
        $"Dobrý den,\n\nprosíme o zhodnocení {round.BodyName} za rok {round.Year}: šest krátkých otázek, bez přihlášení, " +
        $"na osobním odkazu vaší organizace:\n\n{Placeholder}\n\nOdkaz je platný do {TimeZoneInfo.ConvertTime(round.LinkExpiry(round.OpenedAt), Clock.Prague):d. M. yyyy H:mm}. Děkujeme.";
}
