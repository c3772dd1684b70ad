using Cpic.LanguageCourses.Domain;

namespace Cpic.LanguageCourses.Features.Enrolments;

/// <summary>A client's enrolment in a course.</summary>
/// <param name="Status">enrolled, waitlisted or withdrawn.</param>
/// <param name="Arrival">Order in which the course accepted enrolments (commit order); the waitlist follows it.</param>
/// <param name="WaitlistPosition">1 for the next to be promoted; null unless waitlisted.</param>
/// <param name="OutOfOrderReason">Why staff promoted this client ahead of others, when they did.</param>
/// <param name="BookingId">Id in the external AIK booking system, for enrolments imported from it.</param>
/// <param name="Completed">Set when the course is completed: whether the client met its completion rule.</param>
public sealed record EnrolmentResponse(
    Guid Id, Guid CourseId, Guid ClientId, string ClientCode, string Status, long Arrival, int? WaitlistPosition,
    DateOnly RequestedOn, DateOnly? EnrolledOn, DateOnly? WithdrewOn, string? OutOfOrderReason, string? BookingId,
    bool? Completed, string? CertificateNumber)
{
    internal static EnrolmentResponse From(CourseEnrolment e, int? position = null) => new(
        e.Id, e.CourseId, e.ClientId, e.ClientCode, e.Status, e.Arrival,
        e.Status == EnrolmentStatus.Waitlisted ? position : null, e.RequestedOn, e.EnrolledOn, e.WithdrewOn,
        e.OutOfOrderReason, e.BookingId, e.Completed, e.CertificateNumber);
}
