using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Platforms.Features.Outreach;

/// <summary>A message to a distribution list.</summary>
/// <param name="ListId">The distribution list.</param>
/// <param name="Subject" example="Pozvánka: Regionální platforma – jaro">At most 300 characters.</param>
/// <param name="Text" example="Vážení partneři, zveme vás...">Plain text, at most 20,000 characters.</param>
/// <param name="BodyId">The body the message concerns, if any (of the centre).</param>
public sealed record SendingInput(Guid ListId, string Subject, string Text, Guid? BodyId) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<SendingInput>
    {
        public Validator()
        {
            RuleFor(x => x.ListId).NotEmpty();
            RuleFor(x => x.Subject).NotEmpty().MaximumLength(300).Must(s => s is null || !s.Contains('\n'))
                .WithMessage("subject is one line.");
            RuleFor(x => x.Text).NotEmpty().MaximumLength(20_000);
        }
    }
}

public sealed record SendOutreach(SendingInput Input, string UserId);

/// <summary>
/// Delivers one recipient's e-mail of a sending (ids only: the address stays in the database). <c>Link</c> is an
/// evaluation invitation's personal link, put in place of the text's <c>{link}</c>: a secret, so not logged.
/// </summary>
public sealed record DeliverOutreachMail(Guid DeliveryId, string? Link = null) : WithheldFromLogs;

public static class SendOutreachHandler
{
    /// <summary>
    /// Resolves the list now, records the sending and one delivery per recipient, and (SMTP configured) queues their
    /// e-mails in the same transaction through the durable outbox. The actors reached take part in the network that day.
    /// </summary>
    public static async Task<(SendingResponse, OutgoingMessages)> Handle(SendOutreach command, IDocumentSession session,
        IOptions<SmtpOptions> smtp, TimeProvider clock, CancellationToken ct)
    {
        var input = command.Input;
        var list = await session.LoadAsync<DistributionList>(input.ListId, ct)
            ?? throw new UnprocessableException("listId", $"Distribution list {input.ListId} is not a list of this centre.");
        if (input.BodyId is { } body && await session.LoadAsync<Body>(body, ct) is null)
        {
            throw new UnprocessableException("bodyId", $"Body {body} is not a body of this centre.");
        }

        var recipients = await Recipients.ResolveAsync(list, session, clock.Today(), ct);
        if (recipients.Count == 0) throw new UnprocessableException("listId", "Nobody on the list consents to its purpose and has an e-mail.");
        var channel = smtp.Value.Configured ? "smtp" : "export";
        var sending = new Sending
        {
            Id = Guid.CreateVersion7(), ListId = list.Id, ListName = list.Name, Purpose = list.Purpose, BodyId = input.BodyId,
            Subject = input.Subject.Trim(), Text = input.Text, Channel = channel, SentBy = command.UserId,
            SentAt = clock.GetUtcNow(), Recipients = recipients.Count,
        };
        var deliveries = recipients.Select(r => new Delivery
        {
            Id = Guid.CreateVersion7(), Version = 1, SendingId = sending.Id, PersonId = r.Person.Id, ActorId = r.Actor.Id,
            ActorName = r.Actor.Name, Name = r.Person.Name, Email = r.Person.Email,
            Status = channel == "smtp" ? DeliveryStatuses.Pending : DeliveryStatuses.NotSent,
        }).ToList();
        session.Insert(sending);
        session.Insert<Delivery>(deliveries);
        ParticipationOf.Record(session, recipients.Select(r => (r.Actor, clock.Today())));
        OutgoingMessages messages = [];
        if (channel == "smtp") messages.AddRange(deliveries.Select(d => new DeliverOutreachMail(d.Id)));
        return (SendingResponse.Of(sending, deliveries), messages);
    }
}

public sealed class SendOutreachEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/outreach/sendings", async (SendingInput input, ClaimsPrincipal user, IMessageBus bus,
                CancellationToken ct) =>
            {
                var sending = await bus.InvokeAsync<SendingResponse>(new SendOutreach(input, user.UserId()), ct);
                return Results.Created($"/api/v1/platforms/outreach/sendings/{sending.Id}", sending);
            })
            .Validate<SendingInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("send-outreach")
            .WithSummary("Send a message to a distribution list")
            .WithDescription("Resolves the list now to the people who consent to its purpose and have an e-mail (422 when " +
                "nobody does; nothing is stored), records the sending (subject, text, list, recipients, time) and, with SMTP " +
                "configured (`channel: smtp`), e-mails each recipient from the durable outbox, retried with a growing delay; " +
                "each recipient's delivery is recorded (`pending`, `delivered`, `failed`). Without SMTP (`channel: export`) " +
                "the recipients are `not-sent`: export them as CSV or vCard. The actors reached count as taking part in the " +
                "network on the day (first participation).")
            .Produces<SendingResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
