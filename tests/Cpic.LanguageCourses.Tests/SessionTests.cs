using System.Net;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Auth;
using Cpic.LanguageCourses.Contracts;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class SessionTests(CpicApp app)
{
    private readonly HttpClient _lecturer = app.ClientFor("LBC", Roles.Lecturer);
    private static DateOnly Day => CourseSamples.Today.AddDays(3);

    // Tests share one database: names unique to each test keep them from double-booking each other.
    private readonly string _jana = $"Jana Malá {Guid.NewGuid():N}";
    private readonly string _eva = $"Eva Krátká {Guid.NewGuid():N}";
    private readonly string _room = $"učebna {Guid.NewGuid():N}";

    private Task<HttpResponseMessage> Post(Guid courseId, object body) =>
        _lecturer.PostJson($"{CourseApi.Base}/{courseId}/sessions", body);

    [Theory]
    [InlineData("as before")]
    [InlineData("with other spacing and case")]
    public async Task A_lecturer_cannot_teach_two_sessions_at_once_even_in_different_courses(string written)
    {
        var first = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var second = await _lecturer.CreateCourseAsync(CourseSamples.Skk());
        var taught = await _lecturer.AddSessionAsync(first, Day, "17:00", 90, _room, _jana);
        var lecturer = written == "as before" ? _jana : $" {_jana.Replace(" ", "  \t", StringComparison.Ordinal).ToUpperInvariant()} ";

        var clash = await Post(second, new { date = Day, start = "18:00", durationMinutes = 60, room = "klubovna", lecturer });
        var problem = await clash.ShouldBeProblem(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().Should().Contain(lecturer);
        problem.GetProperty("conflictingSessionId").GetGuid().Should().Be(taught.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_room_cannot_hold_two_sessions_at_once_but_is_free_right_after()
    {
        var first = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var second = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        await _lecturer.AddSessionAsync(first, Day, "09:00", 90, _room, _jana);

        var clash = await Post(second, new { date = Day, start = "10:00", durationMinutes = 60, room = _room.ToUpperInvariant(), lecturer = _eva });
        (await clash.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("Room");
        await _lecturer.AddSessionAsync(second, Day, "10:30", 60, _room, _eva);
    }

    [Theory]
    [InlineData("23:59", 720)]
    [InlineData("23:00", 61)]
    public async Task A_session_running_past_midnight_is_a_422_and_one_ending_at_midnight_is_accepted(string start, int minutes)
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Czech());

        var response = await Post(course, new { date = Day, start, durationMinutes = minutes, room = _room, lecturer = _jana });

        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("durationMinutes")[0]
            .GetString().Should().Contain("midnight");
        await _lecturer.AddSessionAsync(course, Day, "23:00", 60, _room, _jana);
    }

    [Fact]
    public async Task Sessions_of_one_course_cannot_overlap()
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        await _lecturer.AddSessionAsync(course, Day, "17:00", 90, _room, _jana);
        var overlap = await Post(course, new { date = Day, start = "18:00", durationMinutes = 60, room = "učebna 3", lecturer = _eva });
        await overlap.ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_session_outside_the_course_dates_is_a_422()
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var late = await Post(course, new { date = CourseSamples.Today.AddDays(60), start = "17:00", durationMinutes = 90, room = "A", lecturer = "B" });
        (await late.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("date", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("durationMinutes", "-30")]
    [InlineData("durationMinutes", "0")]
    [InlineData("durationMinutes", null)]
    [InlineData("durationMinutes", "null")]
    [InlineData("date", null)]
    [InlineData("date", "null")]
    [InlineData("start", null)]
    [InlineData("start", "\"5:00\"")]
    [InlineData("start", "\"17:00:30\"")]
    [InlineData("start", "\"24:00\"")]
    public async Task A_bad_missing_or_null_duration_date_or_start_is_a_422_naming_it_and_adds_no_session(string field, string? json)
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var body = new JsonObject { ["date"] = $"{Day:yyyy-MM-dd}", ["start"] = "17:00", ["durationMinutes"] = 90, ["room"] = "A", ["lecturer"] = "B" };
        if (json is null)
        {
            body.Remove(field);
        }
        else
        {
            body[field] = JsonNode.Parse(json);
        }

        var response = await Post(course, body);

        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors")
            .TryGetProperty(field, out _).Should().BeTrue();
        (await _lecturer.GetJsonAsync($"{CourseApi.Base}/{course}/sessions")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Moving_a_session_notifies_the_enrolled_clients()
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var client = await app.RegisterAsync();
        await _lecturer.EnrolAsync(course, client);
        var session = await _lecturer.AddSessionAsync(course, Day);
        var url = $"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}";

        var (response, messages) = await app.WithMessagesAsync(() => _lecturer.PutJson(url,
            new { date = Day.AddDays(1), start = "16:00", durationMinutes = 90, room = _room, lecturer = _jana }, "\"1\""));

        var body = await response.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("date").GetString().Should().Be(Day.AddDays(1).ToString("yyyy-MM-dd"));
        body.GetProperty("start").GetString().Should().Be("16:00", "start is HH:mm both ways");
        var moved = messages.OfType<SessionRescheduled>().Should().ContainSingle().Subject;
        moved.ClientIds.Should().Equal(client);
        moved.PreviousDate.Should().Be(Day);
    }

    [Fact]
    public async Task Cancelling_a_session_notifies_the_enrolled_clients_and_frees_the_room()
    {
        var course = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var client = await app.RegisterAsync();
        await _lecturer.EnrolAsync(course, client);
        var session = await _lecturer.AddSessionAsync(course, Day, "08:00", 60, _room, _jana);
        var url = $"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/cancellation";

        var (response, messages) = await app.WithMessagesAsync(() => _lecturer.PostAsync(url, null));

        await response.ShouldBe(HttpStatusCode.OK);
        messages.OfType<SessionCancelled>().Should().ContainSingle().Which.ClientIds.Should().Equal(client);
        await _lecturer.AddSessionAsync(course, Day, "08:00", 60, _room, _jana);
        await (await _lecturer.PostAsync(url, null)).ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
