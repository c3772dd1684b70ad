namespace Cpic.LanguageCourses.Domain;

/// <summary>Dates of enrolments, attendance and certificates are Czech calendar dates, not UTC ones.</summary>
internal static class CourseClock
{
    private static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Prague));
}
