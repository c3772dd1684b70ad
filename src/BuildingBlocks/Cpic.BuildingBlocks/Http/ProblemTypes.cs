using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// The catalogue of every problem the API answers with (ADR 0013). A problem raised without a type of its own (the
/// framework's 401, 404, 405, 415 or 429, a generic 409) gets the one this catalogue gives its status.
/// </summary>
public static class ProblemTypes
{
    public static readonly ProblemType MalformedRequest = new("malformed-request", 400, "Malformed request",
        "The JSON is invalid, a value has the wrong type, a parameter is unparsable or missing, or the body is missing.");

    public static readonly ProblemType Unauthenticated = new("unauthenticated", 401, "Unauthenticated",
        "No bearer token, or one that is invalid, expired or breaks the token rules.");

    public static readonly ProblemType Forbidden = new("forbidden", 403, "Forbidden",
        "The token's role or centre does not allow this (another centre's figures, a closed reporting period, a centre " +
        "not in the registry).",
        new ProblemExtension("requiredRoles", "string[]", "The roles the operation needs, when the role was refused.", Required: false));

    public static readonly ProblemType NotFound = new("not-found", 404, "Not found",
        "No such record, or one of another centre; also an unknown route.");

    public static readonly ProblemType MethodNotAllowed = new("method-not-allowed", 405, "Method not allowed",
        "The route exists but not with this HTTP method.");

    public static readonly ProblemType StateConflict = new("state-conflict", 409, "Conflict with the record's state",
        "The record's state does not allow the change (a closed case, a cancelled service, a full course...); the " +
        "detail says why.");

    public static readonly ProblemType ConcurrentChange = new("concurrent-change", 409, "Concurrent change",
        "Another request changed the same record at the same time, or sent the same Idempotency-Key concurrently. " +
        "Read it again and retry.");

    public static readonly ProblemType DuplicateClient = new("duplicate-client", 409, "Possible duplicate client",
        "A likely duplicate of the person is registered; check the matches, or register anyway with ?force=true.",
        new ProblemExtension("matches", "Clients.PotentialMatch[]", "The likely duplicates, best first."));

    public static readonly ProblemType ClientMerged = new("client-merged", 409, "Client merged",
        "The client was merged into another record, which takes the change instead.",
        new ProblemExtension("mergedInto", "uuid", "The record the client was merged into."));

    public static readonly ProblemType InterpreterBooked = new("interpreter-booked", 409, "Interpreter already booked",
        "The interpreter has another booking at that time.",
        new ProblemExtension("conflictingBookingId", "uuid", "The booking in the way."));

    public static readonly ProblemType TimetableClash = new("timetable-clash", 409, "Timetable clash",
        "The lecturer or the room is taken by another session at that time.",
        new ProblemExtension("conflictingSessionId", "uuid", "The session in the way."),
        new ProblemExtension("conflictingCourseId", "uuid", "The course of that session."));

    public static readonly ProblemType DuplicateActor = new("duplicate-actor", 409, "Duplicate IČO",
        "Another actor of the centre has the same IČO.",
        new ProblemExtension("actorId", "uuid", "The actor that has the IČO."));

    public static readonly ProblemType GoalSetExists = new("goal-set-exists", 409, "Goal set exists",
        "A centre named has a goal set for that year already (one set per centre and year).",
        new ProblemExtension("existingSets", "uuid[]", "The existing sets of that year."));

    public static readonly ProblemType RequestCarriedOut = new("request-carried-out", 409, "Request carried out",
        "A POST with this Idempotency-Key was stored, but its response was lost in a failure; read the record instead " +
        "of sending it again.",
        new ProblemExtension("carriedOut", "boolean", "Always true: the request took effect."));

    public static readonly ProblemType EvaluationClosed = new("evaluation-closed", 410, "Evaluation closed",
        "The evaluation round is closed and takes no more answers.");

    public static readonly ProblemType EvaluationLinkExpired = new("evaluation-link-expired", 410, "Evaluation link expired",
        "The personal response link has expired; the centre can issue a new one.");

    public static readonly ProblemType VersionMismatch = new("version-mismatch", 412, "Version mismatch",
        "If-Match does not name the current version (or is a weak or unparsable tag); the response's ETag is current.");

    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", 413, "Payload too large",
        "The request body exceeds the operation's limit (1 MB unless its description says more).");

    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415, "Unsupported media type",
        "The body's Content-Type is not the one the operation takes (application/json for JSON bodies).");

    public static readonly ProblemType Validation = new("validation", 422, "Validation failed",
        "One or more fields are missing or invalid.",
        new ProblemExtension("errors", "errors", "Messages per field, by JSON path (e.g. details.birthDate)."));

    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", 422, "Idempotency key reused",
        "The Idempotency-Key was used with a different request (or is longer than 200 characters).",
        new ProblemExtension("errors", "errors", "The message, under Idempotency-Key."));

    public static readonly ProblemType PreconditionRequired = new("precondition-required", 428, "Precondition required",
        "The update needs the ETag you read in an If-Match header.");

    public static readonly ProblemType RateLimited = new("rate-limited", 429, "Too many requests",
        "More requests a minute from one address than a public page allows.");

    public static readonly ProblemType InternalError = new("internal-error", 500, "Internal server error",
        "An unexpected error; quote the traceId when reporting it.");

    public static readonly ProblemType ServiceUnavailable = new("service-unavailable", 503, "Service unavailable",
        "The database is unavailable for a moment: retry after the seconds in Retry-After (a POST with the same " +
        "Idempotency-Key is safe to retry).");

    public static IReadOnlyList<ProblemType> All { get; } =
    [
        MalformedRequest, Unauthenticated, Forbidden, NotFound, MethodNotAllowed, StateConflict, ConcurrentChange,
        DuplicateClient, ClientMerged, InterpreterBooked, TimetableClash, DuplicateActor, GoalSetExists, RequestCarriedOut,
        EvaluationClosed, EvaluationLinkExpired, VersionMismatch, PayloadTooLarge, UnsupportedMediaType, Validation, IdempotencyKeyReused,
        PreconditionRequired, RateLimited, InternalError, ServiceUnavailable,
    ];

    /// <summary>The type of a URI of the catalogue, or null.</summary>
    public static ProblemType? Find(string? uri) => All.FirstOrDefault(t => t.Uri == uri);

    /// <summary>The type a problem of this status gets when it was raised without one (the first of its status), or null.</summary>
    public static ProblemType? ForStatus(int status) => All.FirstOrDefault(t => t.Status == status);
}

/// <summary>Declares the problem types an operation answers with beyond the ones every operation may give.</summary>
public static class ProblemDeclarations
{
    /// <summary>Declares <paramref name="types"/> (their statuses and, in the OpenAPI document, their schemas).</summary>
    public static RouteHandlerBuilder ProducesProblem(this RouteHandlerBuilder builder, params ProblemType[] types)
    {
        foreach (var status in types.Select(t => t.Status).Distinct())
        {
            builder.ProducesProblem(status);
        }

        return builder.WithMetadata(new ProblemTypesMetadata(types));
    }
}

public sealed record ProblemTypesMetadata(IReadOnlyList<ProblemType> Types);
