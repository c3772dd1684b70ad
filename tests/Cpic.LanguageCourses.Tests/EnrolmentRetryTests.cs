using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class EnrolmentRetryTests(CpicApp app)
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.CentreHead);

    private HttpRequestMessage Enrol(Guid course, Guid client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{CourseApi.Base}/{course}/enrolments")
        {
            Content = JsonContent.Create(new { clientId = client }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task A_retried_enrolment_with_the_same_Idempotency_Key_is_replayed_not_a_409()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var client = await app.RegisterAsync();
        var key = Guid.NewGuid().ToString();

        var first = await (await _staff.SendAsync(Enrol(course, client, key))).ShouldBe(HttpStatusCode.Created);
        var retry = await _staff.SendAsync(Enrol(course, client, key));

        (await retry.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid().Should().Be(first.GetProperty("id").GetGuid());
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await _staff.GetJsonAsync($"{CourseApi.Base}/{course}")).GetProperty("enrolled").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_planned_course_does_not_take_enrolments_yet()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech() with { Status = "planned" });
        var response = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = await app.RegisterAsync() });
        (await response.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("planned");
    }
}
