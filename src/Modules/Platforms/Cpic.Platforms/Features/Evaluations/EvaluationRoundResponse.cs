using Cpic.Platforms.Domain;
using Marten;

namespace Cpic.Platforms.Features.Evaluations;

/// <summary>An evaluation round: the body and year, whether it is closed, and the invited actors (no tokens).</summary>
/// <param name="Id">The round.</param>
/// <param name="Version" example="1">Its version (the ETag); closing needs it in If-Match.</param>
/// <param name="BodyId">The evaluated body.</param>
/// <param name="BodyName" example="Regionální platforma Libereckého kraje">Its name when the round opened.</param>
/// <param name="Year" example="2026">The evaluated year.</param>
/// <param name="OpenedAt">When the round opened.</param>
/// <param name="ClosedAt">When the centre closed it; null while open.</param>
/// <param name="Invitees">The invited actors and whether each has answered.</param>
public sealed record EvaluationRoundResponse(Guid Id, int Version, Guid BodyId, string BodyName, int Year, DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt, IReadOnlyList<InviteeResponse> Invitees) : IVersionedResponse
{
    /// <summary>The round with the answered flag of each invitee.</summary>
    internal static async Task<EvaluationRoundResponse> OfAsync(EvaluationRound round, int version, IQuerySession session, CancellationToken ct)
    {
        var answered = (await session.Query<EvaluationAnswer>().Where(a => a.RoundId == round.Id).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        return new(round.Id, version, round.BodyId, round.BodyName, round.Year, round.OpenedAt, round.ClosedAt,
            [.. round.Invitees.Select(i => new InviteeResponse(i.ActorId, i.ActorName, answered.Contains(i.Id)))]);
    }
}

/// <summary>An invited actor.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="ActorName" example="Krajská pobočka ÚP Liberec">Its name.</param>
/// <param name="Answered" example="false">Whether it has answered.</param>
public sealed record InviteeResponse(Guid ActorId, string ActorName, bool Answered);

/// <summary>
/// An actor's personal response link. The token is shown only here, once: the centre stores only its hash, so a lost
/// link is replaced by a new one (which revokes the old).
/// </summary>
/// <param name="ActorId">The actor.</param>
/// <param name="ActorName" example="Krajská pobočka ÚP Liberec">Its name.</param>
/// <param name="Token" example="q3Vb0nX2d9yJrQm6kPz1Hc8sWfL4aTgE7uNiYoRvB5M">The random token (256 bits, URL-safe).</param>
/// <param name="Path" example="/api/v1/platforms/evaluations/responses/q3Vb0nX2d9yJrQm6kPz1Hc8sWfL4aTgE7uNiYoRvB5M">Where the actor reads the questions (GET) and answers (POST), without a login.</param>
/// <param name="ExpiresAt">When the link stops working (410 Gone from then on).</param>
public sealed record ResponseLink(Guid ActorId, string ActorName, string Token, string Path, DateTimeOffset ExpiresAt)
{
    internal static ResponseLink Issue(IDocumentSession session, EvaluationRound round, Invitee invitee, DateTimeOffset issuedAt)
    {
        var (token, stored) = EvaluationToken.Issue(round.Centre, round.Id, invitee.Id, round.LinkExpiry(issuedAt));
        session.Insert(stored);
        return new(invitee.ActorId, invitee.ActorName, token, $"/api/v1/platforms/evaluations/responses/{token}", stored.ExpiresAt!.Value);
    }
}

/// <summary>A round just opened, with the response link of every invited actor (shown this once) and what was e-mailed.</summary>
/// <param name="Round">The round.</param>
/// <param name="Links">One link per invited actor, to hand out (e-mail, letter).</param>
/// <param name="Invitations">Per invited actor, whether its link was e-mailed to the representative of its seat, or why not.</param>
/// <param name="SendingId">The outreach sending that e-mails the links (`GET /outreach/sendings/{id}`: each delivery); null when none was e-mailed.</param>
public sealed record OpenedEvaluation(EvaluationRoundResponse Round, IReadOnlyList<ResponseLink> Links,
    IReadOnlyList<InvitationMail> Invitations, Guid? SendingId);
