using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Auth;
using Cpic.LanguageCourses.Contracts;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class CourseTests(CpicApp app)
{
    private readonly HttpClient _lecturer = app.ClientFor("LBC", Roles.Lecturer);

    [Fact]
    public async Task A_lecturer_schedules_a_course_and_reads_it_back_with_an_ETag()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Skk());

        var response = await _lecturer.GetAsync($"{CourseApi.Base}/{id}");
        var course = await response.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        course.GetProperty("courseType").GetString().Should().Be("socio-cultural-orientation");
        course.GetProperty("venue").GetProperty("town").GetString().Should().Be("Liberec");
        course.GetProperty("status").GetString().Should().Be("open");
        course.GetProperty("completionThresholdPercent").GetInt32().Should().Be(75);
        course.GetProperty("enrolled").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_course_at_a_workplace_takes_the_workplace_town_as_its_venue()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var course = await _lecturer.GetJsonAsync($"{CourseApi.Base}/{id}");
        course.GetProperty("venue").GetProperty("kind").GetString().Should().Be("workplace");
        course.GetProperty("venue").GetProperty("town").GetString().Should().Be("Liberec");
    }

    [Fact]
    public async Task An_AIK_must_be_attended_in_full()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Aik());
        var course = await _lecturer.GetJsonAsync($"{CourseApi.Base}/{id}");
        course.GetProperty("completionThresholdPercent").GetInt32().Should().Be(100);

        var lenient = CourseSamples.Aik() with { CompletionThresholdPercent = 50 };
        var problem = await (await _lecturer.PostJson(CourseApi.Base, lenient)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("completionThresholdPercent", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("courseType", "\"cooking\"")]
    [InlineData("level", "\"C2\"")]
    [InlineData("language", "\"xx\"")]
    [InlineData("status", "\"finished\"")]
    [InlineData("capacity", "0")]
    [InlineData("capacity", null)]
    [InlineData("capacity", "null")]
    [InlineData("enrolmentOpensOn", null)]
    [InlineData("enrolmentClosesOn", "null")]
    [InlineData("startsOn", null)]
    [InlineData("endsOn", "null")]
    public async Task An_unknown_code_a_zero_capacity_or_a_missing_value_is_a_422_for_that_field(
        string field, string? json)
    {
        var body = JsonSerializer.SerializeToNode(CourseSamples.Czech(), JsonSerializerOptions.Web)!.AsObject();
        if (json is null)
        {
            body.Remove(field);
        }
        else
        {
            body[field] = JsonNode.Parse(json);
        }

        var problem = await (await _lecturer.PostJson(CourseApi.Base, body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).Should().BeTrue("errors were {0}", errors);
        if (json is null or "null")
        {
            errors.EnumerateObject().Should().ContainSingle("a missing value is no other field's error: {0}", errors);
            messages[0].GetString().Should().Be($"'{field}' must not be empty.");
        }
    }

    [Fact]
    public async Task A_null_lecturer_is_a_422_not_a_crash()
    {
        var body = CourseSamples.Czech() with { Lecturers = [null!] };
        var problem = await (await _lecturer.PostJson(CourseApi.Base, body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("lecturers[0]", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_course_ending_before_it_starts_is_a_422()
    {
        var body = CourseSamples.Czech() with { EndsOn = CourseSamples.Today.AddDays(-30) };
        var problem = await (await _lecturer.PostJson(CourseApi.Base, body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("endsOn", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_workplace_of_another_centre_is_a_422()
    {
        var body = CourseSamples.Czech() with { Workplace = "PHA-PRG" };
        var problem = await (await _lecturer.PostJson(CourseApi.Base, body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("workplace", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Staff_of_another_centre_get_a_404_for_the_course()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var prague = app.ClientFor("PHA", Roles.Counsellor);
        await (await prague.GetAsync($"{CourseApi.Base}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_ministry_cannot_manage_courses()
    {
        var ministry = app.ClientFor(null, Roles.MinistryAnalyst);
        await (await ministry.PostJson(CourseApi.Base, CourseSamples.Czech())).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Editing_a_course_needs_the_current_ETag()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var url = $"{CourseApi.Base}/{id}";
        var renamed = CourseSamples.Czech() with { Title = "Čeština A1 – ranní" };

        await (await _lecturer.PutJson(url, renamed, null)).ShouldBeProblem((HttpStatusCode)428);
        var updated = await _lecturer.PutJson(url, renamed, "\"1\"");
        (await updated.ShouldBe(HttpStatusCode.OK)).GetProperty("title").GetString().Should().Be("Čeština A1 – ranní");
        updated.Headers.ETag!.Tag.Should().Be("\"2\"");
        await (await _lecturer.PutJson(url, renamed, "\"1\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [InlineData("cancellation", "cancelled")]
    [InlineData("completion", "completed")]
    public async Task A_closed_course_sent_back_as_read_is_a_409_not_a_status_error(string action, string status)
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var session = await _lecturer.AddSessionAsync(id, CourseSamples.Today.AddDays(-1));
        await (await _lecturer.PutJson($"{CourseApi.Base}/{id}/sessions/{session.GetProperty("id").GetGuid()}/attendance",
            new { entries = Array.Empty<object>() }, "\"1\"")).ShouldBe(HttpStatusCode.OK);
        await (await _lecturer.PostAsync($"{CourseApi.Base}/{id}/{action}", null)).ShouldBe(HttpStatusCode.OK);
        var read = await _lecturer.GetAsync($"{CourseApi.Base}/{id}");
        var course = await read.ShouldBe(HttpStatusCode.OK);
        course.GetProperty("status").GetString().Should().Be(status);

        var response = await _lecturer.PutJson($"{CourseApi.Base}/{id}", course, read.Headers.ETag!.Tag);

        (await response.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain(status);
    }

    [Fact]
    public async Task A_cancelled_course_cannot_be_cancelled_again()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var cancelled = await (await _lecturer.PostAsync($"{CourseApi.Base}/{id}/cancellation", null)).ShouldBe(HttpStatusCode.OK);
        cancelled.GetProperty("status").GetString().Should().Be("cancelled");
        await (await _lecturer.PostAsync($"{CourseApi.Base}/{id}/cancellation", null)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Courses_are_listed_with_keyset_paging_and_filters()
    {
        var first = await _lecturer.CreateCourseAsync(CourseSamples.Aik());
        var second = await _lecturer.CreateCourseAsync(CourseSamples.Aik());

        var page = await _lecturer.GetJsonAsync($"{CourseApi.Base}?courseType=adaptation-integration&limit=1");
        var items = page.GetProperty("items");
        var next = page.GetProperty("next").GetString()!;
        var rest = await _lecturer.GetJsonAsync(next);
        var ids = items.EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray())
            .Select(c => c.GetProperty("id").GetGuid()).ToList();
        items.GetArrayLength().Should().Be(1);
        ids.Should().ContainInOrder(first, second).And.OnlyHaveUniqueItems();
        rest.GetProperty("items").EnumerateArray().Should().OnlyContain(c => c.GetProperty("courseType").GetString() == "adaptation-integration");
    }

    [Fact]
    public async Task The_status_only_moves_forward_and_an_edit_without_a_status_keeps_it()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var url = $"{CourseApi.Base}/{id}";

        var kept = await (await _lecturer.PutJson(url, CourseSamples.Czech() with { Status = null }, "\"1\"")).ShouldBe(HttpStatusCode.OK);
        kept.GetProperty("status").GetString().Should().Be("open");
        var back = await _lecturer.PutJson(url, CourseSamples.Czech() with { Status = "planned" }, "\"2\"");
        (await back.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("planned");
        var completed = await _lecturer.PutJson(url, CourseSamples.Czech() with { Status = "completed" }, "\"2\"");
        (await completed.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("status", out _).Should().BeTrue();
        var running = await _lecturer.PutJson(url, CourseSamples.Czech() with { Status = "running" }, "\"2\"");
        (await running.ShouldBe(HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("running");
    }

    [Fact]
    public async Task An_edit_publishes_the_new_course_details_for_the_statistics()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var moved = CourseSamples.Skk() with
        {
            Venue = new { kind = "outside", name = "ZŠ Sever", town = "Jablonec nad Nisou", outsideHomeDistrict = true },
        };

        var (response, messages) = await app.WithMessagesAsync(() => _lecturer.PutJson($"{CourseApi.Base}/{id}", moved, "\"1\""));

        await response.ShouldBe(HttpStatusCode.OK);
        messages.OfType<CourseScheduled>().Should().Contain(e =>
            e.CourseId == id && e.CourseType == "socio-cultural-orientation" && e.VenueTown == "Jablonec nad Nisou"
            && e.OutsideHomeDistrict && e.Level == null);
    }

    [Fact]
    public async Task Cancelling_a_course_cancels_its_coming_sessions_notifies_the_clients_and_frees_the_room()
    {
        var id = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        var client = await app.RegisterAsync();
        await _lecturer.EnrolAsync(id, client);
        var (room, lecturer, day) = ($"učebna {Guid.NewGuid():N}", $"Lektor {Guid.NewGuid():N}", CourseSamples.Today.AddDays(2));
        var session = await _lecturer.AddSessionAsync(id, day, "09:00", 90, room, lecturer);

        var (response, messages) = await app.WithMessagesAsync(() => _lecturer.PostAsync($"{CourseApi.Base}/{id}/cancellation", null));

        await response.ShouldBe(HttpStatusCode.OK);
        messages.OfType<CourseCancelled>().Should().ContainSingle();
        messages.OfType<SessionCancelled>().Should().ContainSingle().Which.Should().Match<SessionCancelled>(e =>
            e.SessionId == session.GetProperty("id").GetGuid() && e.ClientIds.Single() == client);
        (await _lecturer.GetJsonAsync($"{CourseApi.Base}/{id}/sessions"))[0].GetProperty("cancelled").GetBoolean().Should().BeTrue();
        var other = await _lecturer.CreateCourseAsync(CourseSamples.Czech());
        await _lecturer.AddSessionAsync(other, day, "09:00", 90, room, lecturer);
    }

    [Theory]
    [InlineData("status=bogus", "status")]
    [InlineData("courseType=knitting", "courseType")]
    public async Task Listing_with_an_unknown_filter_code_is_a_422_naming_it(string query, string field)
    {
        var problem = await (await _lecturer.GetAsync($"{CourseApi.Base}?{query}")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }
}
