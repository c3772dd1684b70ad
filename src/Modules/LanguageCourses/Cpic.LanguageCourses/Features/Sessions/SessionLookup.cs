using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;

namespace Cpic.LanguageCourses.Features.Sessions;

internal static class SessionLookup
{
    /// <summary>A session of the given course, else 404 (also for a session of another course or centre).</summary>
    public static async Task<CourseSession> LoadSessionAsync(this IQuerySession session, Guid courseId, Guid sessionId,
        CancellationToken ct) =>
        await session.LoadAsync<CourseSession>(sessionId, ct) is { } found && found.CourseId == courseId
            ? found
            : throw new NotFoundException("Session", sessionId.ToString());

    public static void EnsureNotHeldOrCancelled(this CourseSession session)
    {
        if (session.Held || session.Cancelled)
        {
            throw new ConflictException($"The session has already been {(session.Held ? "held" : "cancelled")}.");
        }
    }
}
