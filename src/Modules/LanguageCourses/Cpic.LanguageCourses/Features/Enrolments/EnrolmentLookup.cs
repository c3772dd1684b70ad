using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;

namespace Cpic.LanguageCourses.Features.Enrolments;

internal static class EnrolmentLookup
{
    /// <summary>An enrolment of the given course, else 404.</summary>
    public static async Task<CourseEnrolment> LoadEnrolmentAsync(this IQuerySession session, Guid courseId,
        Guid enrolmentId, CancellationToken ct) =>
        await session.LoadAsync<CourseEnrolment>(enrolmentId, ct) is { } found && found.CourseId == courseId
            ? found
            : throw new NotFoundException("Enrolment", enrolmentId.ToString());
}
