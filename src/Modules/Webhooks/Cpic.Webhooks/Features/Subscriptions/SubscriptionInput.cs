using Cpic.BuildingBlocks;
using Cpic.Webhooks.Domain;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Cpic.Webhooks.Features.Subscriptions;

/// <summary>Where to deliver which events.</summary>
/// <param name="Url" example="https://integrace.example.org/cpic/webhooks">The receiver: https (http only in Development), a public address.</param>
/// <param name="EventTypes" example="[&quot;client.registered&quot;, &quot;service.recorded&quot;]">Codes of the event-type catalogue (the ministry: the network-wide ones).</param>
/// <param name="Description" example="Synchronizace s krajským systémem">A note for the owner, at most 300 characters.</param>
/// <param name="Enabled" example="true">false pauses deliveries; true re-enables a subscription disabled after failures.</param>
public sealed record SubscriptionInput(string Url, IReadOnlyList<string> EventTypes, string? Description, bool Enabled = true) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<SubscriptionInput>
    {
        public Validator(IOptions<WebhookOptions> options)
        {
            var o = options.Value;
            RuleFor(x => x.Url).NotEmpty().MaximumLength(2000).Custom((url, context) =>
            {
                if (url is not null && TargetRules.Problem(url, o.AllowPrivateTargets == true, o.RequireHttps == true) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
            RuleFor(x => x.EventTypes).NotEmpty().Must(t => t.Distinct().Count() == t.Count).WithMessage("eventTypes are listed once each.");
            RuleForEach(x => x.EventTypes).Must(t => EventCatalogue.Find(t) is not null)
                .WithMessage("'{PropertyValue}' is not an event type of GET /api/v1/webhooks/event-types.");
            RuleFor(x => x.Description).MaximumLength(300);
        }
    }
}
