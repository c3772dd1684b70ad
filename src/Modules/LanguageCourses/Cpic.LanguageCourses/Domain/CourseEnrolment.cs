namespace Cpic.LanguageCourses.Domain;

/// <summary>
/// A client's place in a course, or on its waitlist. <see cref="Arrival"/> numbers the enrolments of a course in
/// the order they were accepted (commit order under the course lock), which is the waitlist order.
/// </summary>
internal sealed class CourseEnrolment
{
    public Guid Id { get; set; }
    public Guid CourseId { get; set; }
    public Guid ClientId { get; set; }
    public string ClientCode { get; set; } = "";
    public long Arrival { get; set; }
    public string Status { get; set; } = EnrolmentStatus.Enrolled;
    public DateOnly RequestedOn { get; set; }
    public DateOnly? EnrolledOn { get; set; }
    public DateOnly? WithdrewOn { get; set; }

    /// <summary>Why staff promoted this client ahead of the waitlist order, when they did.</summary>
    public string? OutOfOrderReason { get; set; }

    /// <summary>The external booking system's id when the enrolment came from a CSV import.</summary>
    public string? BookingId { get; set; }
    public bool? Completed { get; set; }
    public string? CertificateNumber { get; set; }
}

internal static class EnrolmentStatus
{
    public const string Enrolled = "enrolled";
    public const string Waitlisted = "waitlisted";
    public const string Withdrawn = "withdrawn";
}
