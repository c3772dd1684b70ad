namespace Cpic.BuildingBlocks.Http;

/// <summary>An expected failure that becomes an RFC 9457 problem response with <see cref="Status"/>.</summary>
/// <summary>
/// A refusal answered with problem details. Its <see cref="Detail"/> goes to the caller and may name people (a
/// lecturer, an interpreter); the exception's message, which loggers print (Wolverine logs every failed command), is
/// only the status and title.
/// </summary>
public class ProblemException(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    : Exception($"{status} {title}")
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string Detail { get; } = detail;
    public IDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}

public sealed class NotFoundException(string what, string id)
    : ProblemException(404, "Not found", $"{what} '{id}' was not found.");

public sealed class ConflictException(string detail, IDictionary<string, object?>? extensions = null)
    : ProblemException(409, "Conflict", detail, extensions);

public sealed class PreconditionFailedException(string detail, long? currentVersion = null)
    : ProblemException(412, "Precondition failed", detail)
{
    /// <summary>The resource's version now: the 412 answers with it as its <c>ETag</c>.</summary>
    public long? CurrentVersion { get; } = currentVersion;

    /// <summary>The client's If-Match does not name the current version (or is a weak tag).</summary>
    public static PreconditionFailedException Stale(string what, long currentVersion) => new(
        $"The {what} has changed, or If-Match is not its current strong ETag {ETags.For(currentVersion)}. Read it again and reapply your change.",
        currentVersion);
}

public sealed class PreconditionRequiredException()
    : ProblemException(428, "Precondition required", "Send the resource's current ETag in an If-Match header.");

public sealed class MalformedRequestException(string detail)
    : ProblemException(400, "Malformed request", detail);

/// <summary>422 with field errors, for rules checked after binding (e.g. against stored data).</summary>
public sealed class UnprocessableException(IDictionary<string, string[]> errors)
    : ProblemException(422, "Validation failed", "One or more fields are invalid.",
        new Dictionary<string, object?> { ["errors"] = errors })
{
    public UnprocessableException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}
