using Cpic.LanguageCourses.Contracts;

namespace Cpic.LanguageCourses.Tests;

public sealed class EventContractTests
{
    private static readonly string[] Personal = ["Name", "Surname", "Title", "Lecturer", "Code", "Birth", "Email", "Phone"];

    [Fact]
    public void Course_events_carry_ids_codes_dates_and_hours_but_no_names()
    {
        var events = typeof(CourseScheduled).Assembly.GetExportedTypes().Where(t => t.IsClass).ToList();

        events.Select(t => t.Name).Should().Contain(["CourseScheduled", "CourseCancelled", "SessionHeld", "ClientEnrolled",
            "ClientWaitlisted", "ClientPromotedFromWaitlist", "ClientWithdrew", "AttendanceRecorded", "CourseCompleted",
            "CertificateIssued", "SessionRescheduled", "SessionCancelled"]);
        events.SelectMany(t => t.GetProperties().Select(p => $"{t.Name}.{p.Name}"))
            .Where(p => Personal.Any(word => p.Split('.')[1].Contains(word, StringComparison.Ordinal)))
            .Should().BeEmpty("events go to other modules and Monitoring, which hold no personal data");
    }
}
