namespace Cpic.BuildingBlocks.Http;

/// <summary>
/// A refusal answered with problem details of a <see cref="ProblemType"/> of the catalogue (<see cref="ProblemTypes"/>).
/// Its <see cref="Detail"/> goes to the caller and may name people (a lecturer, an interpreter); the exception's
/// message, which loggers print (Wolverine logs every failed command), is only the status and title.
/// </summary>
public class ProblemException : Exception
{
    public ProblemException(ProblemType type, string detail, IDictionary<string, object?>? extensions = null)
        : base($"{type.Status} {type.Title}")
    {
        Extensions = extensions ?? new Dictionary<string, object?>();
        var undeclared = Extensions.Keys.Except(type.Extensions.Select(e => e.Name)).ToList();
        if (undeclared.Count > 0)
        {
            throw new ArgumentException($"The problem type {type.Slug} declares no extension {string.Join(", ", undeclared)}.", nameof(extensions));
        }

        Type = type;
        Detail = detail;
    }

    public ProblemType Type { get; }
    public int Status => Type.Status;
    public string Title => Type.Title;
    public string Detail { get; }
    public IDictionary<string, object?> Extensions { get; }
}

public sealed class NotFoundException(string what, string id)
    : ProblemException(ProblemTypes.NotFound, $"{what} '{id}' was not found.");

/// <summary>409: by default the record's state does not allow the change; a more precise type carries its extensions.</summary>
public sealed class ConflictException : ProblemException
{
    public ConflictException(string detail) : base(ProblemTypes.StateConflict, detail)
    {
    }

    public ConflictException(ProblemType type, string detail, IDictionary<string, object?> extensions) : base(type, detail, extensions)
    {
    }
}

public sealed class PreconditionFailedException(string detail, long? currentVersion = null)
    : ProblemException(ProblemTypes.VersionMismatch, detail)
{
    /// <summary>The resource's version now: the 412 answers with it as its <c>ETag</c>.</summary>
    public long? CurrentVersion { get; } = currentVersion;

    /// <summary>The client's If-Match does not name the current version (or is a weak tag).</summary>
    public static PreconditionFailedException Stale(string what, long currentVersion) => new(
        $"The {what} has changed, or If-Match is not its current strong ETag {ETags.For(currentVersion)}. Read it again and reapply your change.",
        currentVersion);
}

public sealed class PreconditionRequiredException()
    : ProblemException(ProblemTypes.PreconditionRequired, "Send the resource's current ETag in an If-Match header.");

public sealed class MalformedRequestException(string detail)
    : ProblemException(ProblemTypes.MalformedRequest, detail);

/// <summary>422 with field errors, for rules checked after binding (e.g. against stored data).</summary>
public sealed class UnprocessableException(IDictionary<string, string[]> errors, ProblemType? type = null)
    : ProblemException(type ?? ProblemTypes.Validation, "One or more fields are invalid.",
        new Dictionary<string, object?> { ["errors"] = errors })
{
    public UnprocessableException(string field, string message, ProblemType? type = null)
        : this(new Dictionary<string, string[]> { [field] = [message] }, type)
    {
    }

    /// <summary>The messages per field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors.AsReadOnly();
}
