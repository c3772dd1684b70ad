using Cpic.BuildingBlocks.Persistence;
using Cpic.Platforms.Domain;
using Cpic.Platforms.Features.Evaluations;
using MailKit.Net.Smtp;
using Marten;
using Microsoft.Extensions.Options;
using MimeKit;
using Wolverine;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>
/// Sends one recipient's e-mail and records the attempt. A refusal for good (an SMTP 5xx answer) fails the delivery at
/// once; any other failure (4xx, connection) is retried from the durable queue after <see cref="SmtpOptions.RetryDelay"/>,
/// doubling, until <see cref="SmtpOptions.MaxAttempts"/>. Delivery is at least once: the Message-ID is the delivery's
/// id, so a repeat after a lost commit can be recognised by the receiving side.
/// </summary>
public static class DeliverOutreachMailHandler
{
    public static async Task<OutgoingMessages> Handle(DeliverOutreachMail message, IDocumentSession session,
        IOptions<SmtpOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var smtp = options.Value;
        var delivery = await session.LoadAsync<Delivery>(message.DeliveryId, ct);
        if (delivery is not { Status: DeliveryStatuses.Pending, Email: not null } || !smtp.Configured) return [];
        var sending = (await session.LoadAsync<Sending>(delivery.SendingId, ct))!;
        delivery.Attempts++;
        OutgoingMessages retry = [];
        try
        {
            await SendAsync(smtp, sending, delivery, message.Link, ct);
            (delivery.Status, delivery.DeliveredAt, delivery.LastError) = (DeliveryStatuses.Delivered, clock.GetUtcNow(), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            delivery.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
            var refused = e is SmtpCommandException command && (int)command.StatusCode >= 500;
            if (refused || delivery.Attempts >= smtp.MaxAttempts) delivery.Status = DeliveryStatuses.Failed;
            else retry.Add(message.DelayedFor(smtp.RetryDelay * Math.Pow(2, delivery.Attempts - 1)));
        }

        session.NextRevision(delivery);
        return retry;
    }

    private static async Task SendAsync(SmtpOptions smtp, Sending sending, Delivery delivery, string? link, CancellationToken ct)
    {
        var text = link is null ? sending.Text : sending.Text.Replace(EvaluationInvitations.Placeholder, link, StringComparison.Ordinal);
        using var mail = new MimeMessage { Subject = sending.Subject, MessageId = $"{delivery.Id}@cpic", Body = new TextPart("plain") { Text = text } };
        mail.From.Add(new MailboxAddress(smtp.FromName, smtp.From!));
        mail.To.Add(new MailboxAddress(delivery.Name, delivery.Email!));
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }
}
