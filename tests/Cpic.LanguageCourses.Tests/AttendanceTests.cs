using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.LanguageCourses.Contracts;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class AttendanceTests(CpicApp app)
{
    private readonly HttpClient _lecturer = app.ClientFor("LBC", Roles.Lecturer);

    private async Task<(Guid Course, string Url, Guid Client)> HeldSessionAsync(CourseBody body)
    {
        var course = await _lecturer.CreateCourseAsync(body);
        var client = await app.RegisterAsync();
        await _lecturer.EnrolAsync(course, client);
        var session = await _lecturer.AddSessionAsync(course, CourseSamples.Today.AddDays(-1));
        return (course, $"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/attendance", client);
    }

    [Fact]
    public async Task Attendance_is_recorded_in_bulk_and_the_session_counts_as_held()
    {
        var (course, url, client) = await HeldSessionAsync(CourseSamples.Czech());
        var other = await app.RegisterAsync();
        await _lecturer.EnrolAsync(course, other);

        var (response, messages) = await app.WithMessagesAsync(() => _lecturer.PutJson(url,
            new { entries = new[] { new { clientId = client, status = "present" }, new { clientId = other, status = "excused" } } }, "\"1\""));

        await response.ShouldBe(HttpStatusCode.OK);
        messages.OfType<SessionHeld>().Should().ContainSingle().Which.Hours.Should().Be(1.5m);
        messages.OfType<AttendanceRecorded>().Should().ContainSingle().Which.Entries.Should().HaveCount(2);
        var sessions = await _lecturer.GetJsonAsync($"{CourseApi.Base}/{course}/sessions");
        sessions[0].GetProperty("held").GetBoolean().Should().BeTrue();
        sessions[0].GetProperty("attendance").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Attendance_needs_the_sessions_current_ETag_in_If_Match()
    {
        var (_, url, client) = await HeldSessionAsync(CourseSamples.Czech());
        var body = new { entries = new[] { new { clientId = client, status = "present" } } };

        await (await _lecturer.PutJson(url, body, null)).ShouldBeProblem((HttpStatusCode)428);
        var recorded = await _lecturer.PutJson(url, body, "\"1\"");
        await recorded.ShouldBe(HttpStatusCode.OK);
        recorded.Headers.ETag!.Tag.Should().Be("\"2\"");
        await (await _lecturer.PutJson(url, body, "\"1\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await _lecturer.PutJson(url, body, "\"2\"")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Attendance_for_someone_not_enrolled_is_a_422_naming_the_entry()
    {
        var (course, url, client) = await HeldSessionAsync(CourseSamples.Czech(capacity: 1));
        var waitlisted = await app.RegisterAsync();
        await _lecturer.EnrolAsync(course, waitlisted);

        var response = await _lecturer.PutJson(url,
            new { entries = new[] { new { clientId = client, status = "present" }, new { clientId = waitlisted, status = "present" } } }, "\"1\"");

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("entries[1].clientId", out _).Should().BeTrue();
        var sessions = await _lecturer.GetJsonAsync($"{CourseApi.Base}/{course}/sessions");
        sessions[0].GetProperty("held").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task An_unknown_attendance_status_a_null_entry_or_a_null_client_is_a_422()
    {
        var (course, url, client) = await HeldSessionAsync(CourseSamples.Czech());
        var response = await _lecturer.PutJson(url, new { entries = new[] { new { clientId = client, status = "late" } } }, "\"1\"");
        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var nulls = await _lecturer.PutJson(url, new { entries = new object?[] { null } }, "\"1\"");
        (await nulls.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("entries[0]", out _).Should().BeTrue();
        var nobody = await _lecturer.PutJson(url, new { entries = new[] { new { clientId = (Guid?)null, status = "present" } } }, "\"1\"");
        (await nobody.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("entries[0].clientId", out _).Should().BeTrue();
        (await _lecturer.GetJsonAsync($"{CourseApi.Base}/{course}/sessions"))[0].GetProperty("held").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task An_SKK_lecture_counts_an_unregistered_audience()
    {
        var (_, url, client) = await HeldSessionAsync(CourseSamples.Skk());
        var (response, messages) = await app.WithMessagesAsync(() => _lecturer.PutJson(url,
            new { entries = new[] { new { clientId = client, status = "present" } }, unregisteredAudience = 14 }, "\"1\""));

        await response.ShouldBe(HttpStatusCode.OK);
        messages.OfType<SessionHeld>().Single().UnregisteredAudience.Should().Be(14);
    }

    [Fact]
    public async Task A_corrected_SKK_audience_is_published_again_for_the_statistics()
    {
        var (_, url, client) = await HeldSessionAsync(CourseSamples.Skk());
        var entries = new[] { new { clientId = client, status = "present" } };
        var (first, _) = await app.WithMessagesAsync(() => _lecturer.PutJson(url, new { entries, unregisteredAudience = 14 }, "\"1\""));
        await first.ShouldBe(HttpStatusCode.OK);

        var (same, unchanged) = await app.WithMessagesAsync(() => _lecturer.PutJson(url, new { entries, unregisteredAudience = 14 }, "\"2\""));
        var (corrected, changed) = await app.WithMessagesAsync(() => _lecturer.PutJson(url, new { entries, unregisteredAudience = 41 }, "\"3\""));

        await same.ShouldBe(HttpStatusCode.OK);
        await corrected.ShouldBe(HttpStatusCode.OK);
        unchanged.OfType<SessionHeld>().Should().BeEmpty();
        changed.OfType<SessionHeld>().Should().ContainSingle().Which.UnregisteredAudience.Should().Be(41);
    }

    [Fact]
    public async Task Attendance_of_a_planned_course_is_a_409()
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Skk() with { Status = "planned" });
        var session = await _lecturer.AddSessionAsync(course, CourseSamples.Today.AddDays(-1));
        var url = $"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/attendance";
        var response = await _lecturer.PutJson(url, new { entries = Array.Empty<object>(), unregisteredAudience = 9 }, "\"1\"");
        (await response.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("planned");
        await (await _lecturer.PostAsync($"{CourseApi.Base}/{course}/completion", null)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_SKK_lectures_count_an_unregistered_audience()
    {
        var (_, url, client) = await HeldSessionAsync(CourseSamples.Czech());
        var response = await _lecturer.PutJson(url,
            new { entries = new[] { new { clientId = client, status = "present" } }, unregisteredAudience = 3 }, "\"1\"");
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors")
            .TryGetProperty("unregisteredAudience", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Attendance_of_a_future_session_is_a_409()
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var session = await _lecturer.AddSessionAsync(course, CourseSamples.Today.AddDays(2));
        var url = $"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/attendance";
        await (await _lecturer.PutJson(url, new { entries = Array.Empty<object>() }, "\"1\"")).ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
