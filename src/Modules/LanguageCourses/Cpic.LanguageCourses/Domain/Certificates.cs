using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Features.Completion;
using Marten;
using Wolverine;

namespace Cpic.LanguageCourses.Domain;

internal static class Certificates
{
    /// <summary>Stores the certificate, notes an AIK completion on the client and adds the two events.</summary>
    public static async Task IssueAsync(IDocumentSession session, LanguageCourse course, CourseEnrolment enrolment,
        decimal hours, OutgoingMessages messages, DateOnly today, CancellationToken ct)
    {
        var centre = await session.FindCentreAsync(session.TenantId, ct);
        var certificate = new Certificate
        {
            Id = CompletionRule.CertificateNumber(session.TenantId, course, enrolment, today), CourseId = course.Id,
            ClientId = enrolment.ClientId, ClientCode = enrolment.ClientCode, CourseTitle = course.Title,
            CourseType = course.CourseType, Level = course.Level, Language = course.Language, Hours = hours,
            StartsOn = course.StartsOn, EndsOn = course.EndsOn, IssuedOn = today, CentreName = centre?.Name ?? session.TenantId,
            Town = course.Venue.Town,
        };
        session.Insert(certificate);
        enrolment.CertificateNumber = certificate.Id;
        if (course.CourseType == AikRules.CourseType && await session.LoadAsync<CourseClient>(enrolment.ClientId, ct) is { } client)
        {
            client.AikCompletedOn = today;
            session.Store(client);
        }

        messages.Add(new CourseCompleted(course.Id, enrolment.ClientId, session.TenantId, course.CourseType, today, hours));
        messages.Add(new CertificateIssued(course.Id, enrolment.ClientId, session.TenantId, certificate.Id, today));
    }
}
