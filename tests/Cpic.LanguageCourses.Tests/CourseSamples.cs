namespace Cpic.LanguageCourses.Tests;

/// <summary>A course as an integrator sends it; dates are relative to today so the enrolment window is open.</summary>
public sealed record CourseBody(
    string Title, string CourseType, string? Level, string Language, string Workplace, object? Venue,
    IReadOnlyList<object> Lecturers, int Capacity, DateOnly EnrolmentOpensOn, DateOnly EnrolmentClosesOn,
    DateOnly StartsOn, DateOnly EndsOn, string? FundingSource, string? Status = "open",
    int? CompletionThresholdPercent = null);

public static class CourseSamples
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague")));

    public static CourseBody Czech(int capacity = 12) => new(
        "Čeština A1 – večerní", "czech-low-threshold", "A1", "cs", "LBC-LIB", null,
        [new { name = "Lektorka Nováková", external = false }], capacity, Today.AddDays(-20), Today.AddDays(5),
        Today.AddDays(-10), Today.AddDays(30), "AMIF");

    public static CourseBody Skk() => Czech() with
    {
        Title = "Školský systém v ČR", CourseType = "socio-cultural-orientation", Level = null, Language = "uk",
        Venue = new { kind = "outside", name = "Ubytovna Doubí", town = "Liberec", outsideHomeDistrict = false },
    };

    public static CourseBody Aik() => Czech(20) with
    {
        Title = "Adaptačně-integrační kurz", CourseType = "adaptation-integration", Level = null, Language = "vi",
    };
}
