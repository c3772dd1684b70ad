using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.LanguageCourses.Contracts;
using Cpic.LanguageCourses.Domain;
using Marten;

namespace Cpic.LanguageCourses.Features.Courses;

internal static class CourseInputMapping
{
    /// <summary>
    /// Copies the input onto the course; the workplace must be one of the caller's centre and the status one an edit
    /// sets (422 otherwise).
    /// </summary>
    public static async Task ApplyToAsync(this CourseInput input, LanguageCourse course, IQuerySession session, CancellationToken ct)
    {
        // Not a validator rule: a closed course's own GET body, sent back, must get the closed course's 409 instead.
        if (input.Status is not null && !CourseStatus.Editable.Contains(input.Status))
        {
            throw new UnprocessableException("status", "Status must be planned, open or running; complete or cancel a course with its own action.");
        }

        var workplace = await session.WorkplaceOfCentreAsync(input.Workplace, ct);
        var venue = input.Venue is { Kind: "outside" } v
            ? new CourseVenue("outside", v.Name, v.Town!, v.OutsideHomeDistrict)
            : new CourseVenue("workplace", workplace.Name, workplace.Town, input.Venue?.OutsideHomeDistrict ?? false);

        course.Title = input.Title;
        course.CourseType = input.CourseType;
        course.Level = input.Level;
        course.Language = input.Language;
        course.Workplace = input.Workplace;
        course.Venue = venue;
        course.Lecturers = [.. input.Lecturers.Select(l => new CourseLecturer(l.Name, l.External))];
        course.Capacity = input.Capacity!.Value;
        course.EnrolmentOpensOn = input.EnrolmentOpensOn!.Value;
        course.EnrolmentClosesOn = input.EnrolmentClosesOn!.Value;
        course.StartsOn = input.StartsOn!.Value;
        course.EndsOn = input.EndsOn!.Value;
        course.FundingSource = input.FundingSource;
        course.Status = input.Status ?? course.Status;
        course.CompletionThresholdPercent = input.Threshold;
    }

    public static CourseScheduled Scheduled(this LanguageCourse c, string centre) => new(
        c.Id, centre, c.Workplace, c.CourseType, c.Level, c.Venue.Town, c.Venue.OutsideHomeDistrict, c.StartsOn,
        c.EndsOn, c.Capacity);
}
