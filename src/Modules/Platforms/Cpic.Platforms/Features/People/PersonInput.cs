using Cpic.BuildingBlocks;
using Cpic.Platforms.Domain;
using FluentValidation;

namespace Cpic.Platforms.Features.People;

/// <summary>A person of an actor: personal data, kept in the centre, never in events or logs.</summary>
/// <param name="Name" example="Jana Příkladová">Full name, at most 200 characters.</param>
/// <param name="Position" example="vedoucí odboru školství">Position at the actor, at most 200 characters.</param>
/// <param name="Email" example="jana.prikladova@example.org">E-mail address (with an @), at most 254 characters.</param>
/// <param name="Phone" example="+420 485 000 000">Phone, at most 40 characters.</param>
public sealed record PersonInput(string Name, string? Position, string? Email, string? Phone) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<PersonInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
            RuleFor(x => x.Position).MaximumLength(200);
            RuleFor(x => x.Email).MaximumLength(254).EmailAddress().When(x => x.Email is not null)
                .WithMessage("email is an e-mail address such as name@example.org.");
            RuleFor(x => x.Phone).MaximumLength(40);
        }
    }

    internal void ApplyTo(ContactPerson person)
    {
        person.Name = Name.Trim();
        person.Position = Position?.Trim();
        person.Email = Email?.Trim();
        person.Phone = Phone?.Trim();
    }
}

/// <summary>A person of an actor with the ledger of consents; <c>consentsNow</c> says which purposes they consent to today.</summary>
public sealed record PersonResponse(Guid Id, int Version, Guid ActorId, string Name, string? Position, string? Email,
    string? Phone, IReadOnlyList<string> ConsentsNow, IReadOnlyList<ConsentEntry> Consents) : IVersionedResponse
{
    internal static PersonResponse From(ContactPerson p, int version) => new(p.Id, version, p.ActorId, p.Name, p.Position,
        p.Email, p.Phone, [.. PlatformCodes.ConsentPurposes.Items.Select(i => i.Code).Where(p.HasConsent)], p.Consents);

    internal static PersonResponse From(ContactPerson p) => From(p, p.Version);
}
