namespace Cpic.Platforms.Contracts;

// Integration events of the Platforms module. Organisations (actors) are named by id and type code only; people of
// actors, minutes, proposal texts and free text never leave the module. Centre is a centre code, Region a CZ-NUTS code.

/// <summary>An actor (partner organisation) joined the centre's network on <c>JoinedOn</c>.</summary>
public sealed record ActorJoined(Guid ActorId, string Centre, string ActorType, string? Region, DateOnly JoinedOn);

/// <summary>An actor that took part in a meeting, by id and type code.</summary>
public sealed record ActorPresent(Guid ActorId, string ActorType);

/// <summary>
/// A meeting was held and closed. <c>BodyKind</c> is the kind of the platform, working group... it belongs to, or
/// <c>bilateral</c> for a meeting with actors outside any body. <c>OrganisedByCentre</c> is false when the centre
/// took part in another organiser's body. <c>Actors</c> are the actors present (or represented); <c>NewActors</c>
/// counts those whose first participation in the centre's network this meeting is.
/// </summary>
public sealed record MeetingHeld(
    Guid MeetingId, string Centre, DateOnly Date, string BodyKind, bool OrganisedByCentre,
    IReadOnlyList<ActorPresent> Actors, int NewActors, IReadOnlyList<string> Themes);

/// <summary>A proposal for a measure (podnět) was raised at a meeting, addressed to an actor of a type.</summary>
public sealed record ProposalRaised(Guid ProposalId, Guid MeetingId, string Centre, DateOnly Date, string AddressedToType);

/// <summary>A proposal reached an outcome: <c>accepted</c>, <c>rejected</c> or <c>implemented</c>.</summary>
public sealed record ProposalResolved(Guid ProposalId, string Centre, DateOnly Date, string Outcome);

/// <summary>An action item was closed as <c>done</c> or <c>cancelled</c>; <c>Overdue</c> when closed after its due date.</summary>
public sealed record ActionItemClosed(Guid ActionItemId, string Centre, DateOnly Date, string Status, bool Overdue);

/// <summary>
/// A body's yearly evaluation by its member actors was closed: final figures only, no actor, person or text.
/// <c>Invited</c> actors were asked, <c>Responses</c> answered; <c>Usefulness</c> and <c>Information</c> are the score
/// questions (1–5, 5 best). <c>RoundId</c> names the round: a redelivery or a later close of the same round replaces it.
/// </summary>
public sealed record EvaluationClosed(
    Guid RoundId, string Centre, Guid BodyId, string BodyKind, int Year, DateTimeOffset ClosedAt, int Invited, int Responses,
    ScoreDistribution Usefulness, ScoreDistribution Information);

/// <summary>How many answered 1, 2, 3, 4 and 5 (<c>Counts</c>, five numbers), and their mean (two decimals; null without answers).</summary>
public sealed record ScoreDistribution(IReadOnlyList<int> Counts, decimal? Mean);
