using Cpic.LanguageCourses.Domain;

namespace Cpic.LanguageCourses.Features.Courses;

/// <summary>A course as the API shows it. <c>Enrolled</c> and <c>Waitlisted</c> are current counts (given when one course is read).</summary>
public sealed record CourseResponse(
    Guid Id, string Title, string CourseType, string? Level, string Language, string Workplace, VenueResponse Venue,
    IReadOnlyList<LecturerInput> Lecturers, int Capacity, DateOnly EnrolmentOpensOn, DateOnly EnrolmentClosesOn,
    DateOnly StartsOn, DateOnly EndsOn, string? FundingSource, string Status, int CompletionThresholdPercent,
    int? Enrolled, int? Waitlisted, int Version)
{
    internal static CourseResponse From(LanguageCourse c, int? enrolled = null, int? waitlisted = null) => new(
        c.Id, c.Title, c.CourseType, c.Level, c.Language, c.Workplace,
        new VenueResponse(c.Venue.Kind, c.Venue.Name, c.Venue.Town, c.Venue.OutsideHomeDistrict),
        [.. c.Lecturers.Select(l => new LecturerInput(l.Name, l.External))], c.Capacity, c.EnrolmentOpensOn,
        c.EnrolmentClosesOn, c.StartsOn, c.EndsOn, c.FundingSource, c.Status, c.CompletionThresholdPercent,
        enrolled, waitlisted, c.Version);
}

/// <param name="Town">The venue's town: the workplace's town or the outside venue's.</param>
public sealed record VenueResponse(string Kind, string? Name, string Town, bool OutsideHomeDistrict);
