using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.LanguageCourses.Contracts;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class CompletionTests(CpicApp app)
{
    private readonly HttpClient _lecturer = app.ClientFor("LBC", Roles.Lecturer);

    /// <summary>A course whose sessions took place, with each client present at the given number of them.</summary>
    private async Task<(Guid Course, List<Guid> Clients)> CourseWithAttendanceAsync(CourseBody body, int sessions, params int[] presentAt)
    {
        var course = await _lecturer.CreateCourseAsync(body);
        var clients = new List<Guid>();
        foreach (var _ in presentAt)
        {
            clients.Add(await app.RegisterAsync());
            await _lecturer.EnrolAsync(course, clients[^1]);
        }

        for (var s = 0; s < sessions; s++)
        {
            var session = await _lecturer.AddSessionAsync(course, CourseSamples.Today.AddDays(-1 - s));
            var entries = clients.Select((c, i) => new { clientId = c, status = s < presentAt[i] ? "present" : "absent" });
            var url = $"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/attendance";
            await (await _lecturer.PutJson(url, new { entries }, null)).ShouldBe(HttpStatusCode.OK);
        }

        return (course, clients);
    }

    [Fact]
    public async Task Completing_a_course_certifies_clients_present_at_three_quarters_of_the_sessions()
    {
        var (course, clients) = await CourseWithAttendanceAsync(CourseSamples.Czech(), 4, 3, 2);

        var (response, messages) = await app.WithMessagesAsync(() => _lecturer.PostAsync($"{CourseApi.Base}/{course}/completion", null));

        var outcomes = (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("outcomes").EnumerateArray().ToList();
        outcomes.Select(o => o.GetProperty("completed").GetBoolean()).Should().Equal(true, false);
        outcomes[0].GetProperty("hours").GetDecimal().Should().Be(4.5m);
        messages.OfType<CourseCompleted>().Should().ContainSingle().Which.ClientId.Should().Be(clients[0]);
        var issued = messages.OfType<CertificateIssued>().Should().ContainSingle().Subject;
        issued.CertificateNumber.Should().Be(outcomes[0].GetProperty("certificateNumber").GetString());
        (await _lecturer.GetJsonAsync($"{CourseApi.Base}/{course}")).GetProperty("status").GetString().Should().Be("completed");
    }

    [Fact]
    public async Task The_certificate_downloads_as_a_printable_Czech_document()
    {
        var (course, _) = await CourseWithAttendanceAsync(CourseSamples.Czech(), 1, 1);
        var number = await CompleteAndGetNumberAsync(course);

        var response = await _lecturer.GetAsync($"{CourseApi.Base}/certificates/{number}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'",
            "the page needs no scripts, frames or outside resources");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<meta charset=\"utf-8\">").And.EndWith("</html>");
        html.Should().Contain("Osvědčení o absolvování kurzu").And.Contain(number).And.Contain("Čeština A1")
            .And.Contain("Absolvováno hodin</dt><dd>1,5</dd>", "Czech diacritics and a decimal comma, not entities");
        html.Should().NotContain("lang=\"uk\"");
    }

    [Fact]
    public async Task The_certificate_of_an_interpreted_course_is_also_in_the_course_language()
    {
        var (course, _) = await CourseWithAttendanceAsync(CourseSamples.Skk(), 1, 1);
        var number = await CompleteAndGetNumberAsync(course);
        var html = await (await _lecturer.GetAsync($"{CourseApi.Base}/certificates/{number}")).Content.ReadAsStringAsync();
        html.Should().Contain("Osvědčení o absolvování kurzu").And.Contain("Свідоцтво про закінчення курсу");
    }

    [Fact]
    public async Task An_AIK_is_completed_only_with_full_attendance()
    {
        var (course, _) = await CourseWithAttendanceAsync(CourseSamples.Aik(), 2, 2, 1);
        var response = await _lecturer.PostAsync($"{CourseApi.Base}/{course}/completion", null);
        var outcomes = (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("outcomes").EnumerateArray();
        outcomes.Select(o => o.GetProperty("completed").GetBoolean()).Should().Equal(true, false);
    }

    [Fact]
    public async Task A_course_with_sessions_lacking_attendance_cannot_be_completed()
    {
        var (course, _) = await CourseWithAttendanceAsync(CourseSamples.Czech(), 1, 1);
        await _lecturer.AddSessionAsync(course, CourseSamples.Today.AddDays(-5));
        await (await _lecturer.PostAsync($"{CourseApi.Base}/{course}/completion", null)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_certificate_of_another_centre_is_a_404()
    {
        var (course, _) = await CourseWithAttendanceAsync(CourseSamples.Czech(), 1, 1);
        var number = await CompleteAndGetNumberAsync(course);
        var prague = app.ClientFor("PHA", Roles.Counsellor);
        await (await prague.GetAsync($"{CourseApi.Base}/certificates/{number}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private async Task<string> CompleteAndGetNumberAsync(Guid course)
    {
        var completion = await (await _lecturer.PostAsync($"{CourseApi.Base}/{course}/completion", null)).ShouldBe(HttpStatusCode.OK);
        return completion.GetProperty("outcomes")[0].GetProperty("certificateNumber").GetString()!;
    }
}
