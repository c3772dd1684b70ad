using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Cpic.BuildingBlocks.Http;
using JasperFx;
using Marten;

namespace Cpic.Platforms.Domain;

/// <summary>
/// The yearly evaluation of a body by its member actors: one round per body and year, open until the centre closes
/// it. Each invited actor answers through a personal link (<see cref="EvaluationToken"/>); its answer is an
/// <see cref="EvaluationAnswer"/>.
/// </summary>
internal sealed class EvaluationRound : IRevisioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Centre { get; set; } = "";
    public Guid BodyId { get; set; }
    public string BodyName { get; set; } = "";
    public string BodyKind { get; set; } = "";
    public int Year { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>How many days a response link works from when it is issued (0 in rounds opened before links expired: the default).</summary>
    public int LinkDays { get; set; }
    public IReadOnlyList<Invitee> Invitees { get; set; } = [];

    public bool Closed => ClosedAt is not null;

    /// <summary>When a link issued at <paramref name="issuedAt"/> stops working.</summary>
    public DateTimeOffset LinkExpiry(DateTimeOffset issuedAt) => issuedAt.AddDays(LinkDays > 0 ? LinkDays : DefaultLinkDays);

    /// <summary>Days a link works unless the centre says otherwise when opening the round, and the most it may say.</summary>
    public const int DefaultLinkDays = 30, MaxLinkDays = 180;
}

/// <summary>An actor invited to answer; <see cref="Id"/> is also the id of its answer (one per actor).</summary>
internal sealed record Invitee(Guid Id, Guid ActorId, string ActorName);

/// <summary>
/// A personal response link, found without a login: its id is the SHA-256 of the token, which is never stored.
/// Not tenanted, so an anonymous request finds it; it names the centre whose data it opens. Deleted when revoked; works
/// until <see cref="ExpiresAt"/> (null for links issued before links expired).
/// </summary>
internal sealed class EvaluationToken
{
    public string Id { get; set; } = "";
    public string Centre { get; set; } = "";
    public Guid RoundId { get; set; }
    public Guid InviteeId { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>A new random token (256 bits, URL-safe) and its stored form.</summary>
    public static (string Token, EvaluationToken Stored) Issue(string centre, Guid roundId, Guid inviteeId, DateTimeOffset expiresAt)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, new EvaluationToken { Id = HashOf(token), Centre = centre, RoundId = roundId, InviteeId = inviteeId, ExpiresAt = expiresAt });
    }

    /// <summary>
    /// The stored link of a token; 404 when unknown or revoked (a token is never told apart from a wrong one), 410 once
    /// expired.
    /// </summary>
    public static async Task<EvaluationToken> FindAsync(IQuerySession session, string token, TimeProvider clock, CancellationToken ct)
    {
        var link = (token.Length <= 100 ? await session.LoadAsync<EvaluationToken>(HashOf(token), ct) : null)
            ?? throw new NotFoundException("Response link", "…");
        return link.ExpiresAt <= clock.GetUtcNow()
            ? throw new ProblemException(ProblemTypes.EvaluationLinkExpired, $"The response link expired at {link.ExpiresAt:O}; ask the centre for a new one.")
            : link;
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>An actor's answer to the questionnaire (<see cref="Questionnaire"/>); replaced by a later one while the round is open.</summary>
internal sealed class EvaluationAnswer
{
    public Guid Id { get; set; }
    public Guid RoundId { get; set; }
    public Guid ActorId { get; set; }
    public int Usefulness { get; set; }
    public int Information { get; set; }
    public string Frequency { get; set; } = "";
    public string? Themes { get; set; }
    public string? Change { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}
