using Cpic.BuildingBlocks;

namespace Cpic.LanguageCourses.Domain;

/// <summary>Dates of enrolments, attendance and certificates are Czech calendar dates, not UTC ones.</summary>
internal static class CourseClock
{
    public static DateOnly Today => TimeProvider.System.Today();
}
