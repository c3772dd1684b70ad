using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring.Contracts;
using Cpic.Platforms.Domain;
using FluentValidation;
using Marten;

namespace Cpic.Platforms.Features.Meetings;

/// <summary>A meeting to plan: of a body (<c>bodyId</c>) or bilateral with actors (<c>actorIds</c>), one or the other.</summary>
/// <param name="BodyId">The platform, working group... meeting; omit for a bilateral meeting.</param>
/// <param name="ActorIds">For a bilateral meeting: the actors met, 1–20.</param>
/// <param name="Title" example="Regionální platforma – podzim 2026">At most 300 characters.</param>
/// <param name="Date" example="2026-11-20">The day: from 2000 to ten years ahead.</param>
/// <param name="StartTime" example="09:30">HH:mm, Prague time.</param>
/// <param name="DurationMinutes" example="120">15–720.</param>
/// <param name="Venue">A workplace of the centre, an address, or online.</param>
/// <param name="Agenda">Agenda items (theme and title), at most 50.</param>
/// <param name="LocalityIds">Localities of situation monitoring (Monitoring: <c>/api/v1/monitoring/localities</c>) the meeting discusses, by id; each a locality of the centre (422 otherwise), at most 50.</param>
public sealed record MeetingInput(Guid? BodyId, IReadOnlyList<Guid>? ActorIds, string Title, DateOnly? Date, string StartTime,
    int DurationMinutes, Venue Venue, IReadOnlyList<AgendaItem>? Agenda, IReadOnlyList<Guid>? LocalityIds) : WithheldFromLogs
{
    internal sealed class Validator : AbstractValidator<MeetingInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.ActorIds).Must((x, actors) => x.BodyId is null == actors is { Count: > 0 })
                .WithMessage("Give either bodyId (a meeting of a body) or actorIds (a bilateral meeting), not both.");
            RuleFor(x => x.ActorIds!.Count).LessThanOrEqualTo(20).OverridePropertyName("actorIds").When(x => x.ActorIds is not null);
            RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
            RuleFor(x => x.Date).Plausible(clock);
            RuleFor(x => x.StartTime).Must(TimeOfDay.IsValid).WithMessage("startTime is HH:mm (24-hour).");
            RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 720);
            RuleFor(x => x.Venue).NotNull().ChildRules(v =>
            {
                v.RuleFor(x => x.Kind).Must(k => k is "workplace" or "address" or "online").WithMessage("kind is workplace, address or online.");
                v.RuleFor(x => x.Workplace).NotEmpty().When(x => x.Kind == "workplace");
                v.RuleFor(x => x.Address).NotEmpty().MaximumLength(300).When(x => x.Kind == "address");
                v.RuleFor(x => x.Url).NotEmpty().HttpUrl().When(x => x.Kind == "online");
            });
            RuleFor(x => x.Agenda!.Count).LessThanOrEqualTo(50).OverridePropertyName("agenda").When(x => x.Agenda is not null);
            RuleForEach(x => x.Agenda).NotNull().ChildRules(a =>
            {
                a.RuleFor(x => x.Theme).Code(PlatformCodes.Themes, "theme");
                a.RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
            });
            RuleFor(x => x.LocalityIds!.Count).LessThanOrEqualTo(50).OverridePropertyName("localityIds").When(x => x.LocalityIds is not null);
        }
    }

    /// <summary>
    /// Checks the body, actors, workplace and localities (Monitoring's) against the centre's (404 for the body, 422
    /// otherwise) and fills the meeting.
    /// </summary>
    internal async Task ApplyToAsync(Meeting meeting, IDocumentSession session, IMonitoringLocalities localities, CancellationToken ct)
    {
        if (BodyId is { } bodyId && await session.LoadAsync<Body>(bodyId, ct) is null)
        {
            throw new UnprocessableException("bodyId", $"Body {bodyId} is not a body of this centre.");
        }

        var known = await KnownActors.LoadAsync(session, ActorIds ?? [], [], ct);
        for (var i = 0; i < (ActorIds ?? []).Count; i++) known.Actor(ActorIds![i], $"actorIds[{i}]");
        known.ThrowIfAny();
        if (Venue.Kind == "workplace") await session.WorkplaceOfCentreAsync(Venue.Workplace, ct);
        var localityIds = (LocalityIds ?? []).Distinct().ToList();
        if ((await localities.UnknownAsync(session.TenantId, localityIds, ct)) is [var unknown, ..])
        {
            throw new UnprocessableException("localityIds", $"Locality {unknown} is not a locality of this centre's situation monitoring.");
        }

        (meeting.BodyId, meeting.ActorIds, meeting.Title, meeting.Date) = (BodyId, [.. (ActorIds ?? []).Distinct()], Title.Trim(), Date!.Value);
        (meeting.StartTime, meeting.DurationMinutes, meeting.Venue) = (StartTime, DurationMinutes, Venue);
        (meeting.Agenda, meeting.LocalityIds) = (Agenda ?? [], localityIds);
        meeting.SortKey = $"{meeting.Date:yyyy-MM-dd} {StartTime} {meeting.Id}";
    }
}
