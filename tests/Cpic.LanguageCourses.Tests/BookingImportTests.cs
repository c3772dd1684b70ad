using System.Net;
using System.Text;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class BookingImportTests(CpicApp app)
{
    private const string Url = $"{CourseApi.Base}/aik/bookings/import";
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Integrator);

    private Task<HttpResponseMessage> ImportAsync(string csv) =>
        _staff.PostAsync(Url, new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<(Guid Course, List<string> Codes)> AikWithClientCodesAsync(int clients)
    {
        var codes = new List<string>();
        for (var i = 0; i < clients; i++)
        {
            codes.Add((await app.RegisterWithCodeAsync()).Code);
        }

        return (await _staff.CreateCourseAsync(CourseSamples.Aik()), codes);
    }

    [Fact]
    public async Task Good_rows_are_enrolled_bad_rows_are_reported_and_a_reimport_changes_nothing()
    {
        var (course, codes) = await AikWithClientCodesAsync(2);
        var csv = $"bookingId;courseId;clientCode\nB-1;{course};{codes[0]}\nB-2;{course};NEZNAMY-KOD\nB-3;not-a-course;{codes[1]}\n\"B-4\";{course};\"{codes[1]}\"\n";

        var first = await (await ImportAsync(csv)).ShouldBe(HttpStatusCode.OK);

        first.GetProperty("accepted").GetInt32().Should().Be(2);
        first.GetProperty("rejected").GetInt32().Should().Be(2);
        var rows = first.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("outcome").GetString()).Should().Equal("accepted", "rejected", "rejected", "accepted");
        rows[1].GetProperty("line").GetInt32().Should().Be(3);
        rows[1].GetProperty("errors")[0].GetString().Should().Contain("clientCode");
        rows[2].GetProperty("errors")[0].GetString().Should().Contain("courseId");

        var again = await (await ImportAsync(csv)).ShouldBe(HttpStatusCode.OK);
        again.GetProperty("accepted").GetInt32().Should().Be(0);
        again.GetProperty("unchanged").GetInt32().Should().Be(2);
        var enrolments = await _staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments");
        enrolments.GetProperty("items").GetArrayLength().Should().Be(2);
        enrolments.GetProperty("items")[0].GetProperty("bookingId").GetString().Should().Be("B-1");
    }

    [Fact]
    public async Task A_booking_into_a_course_that_is_not_an_AIK_is_rejected()
    {
        var (_, codes) = await AikWithClientCodesAsync(1);
        var czech = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var report = await (await ImportAsync($"bookingId,courseId,clientCode\nB-9,{czech},{codes[0]}\n")).ShouldBe(HttpStatusCode.OK);
        report.GetProperty("rows")[0].GetProperty("errors")[0].GetString().Should().Contain("AIK");
    }

    [Fact]
    public async Task A_file_without_the_header_is_a_422_and_stores_nothing()
    {
        var (course, codes) = await AikWithClientCodesAsync(1);
        await (await ImportAsync($"B-1,{course},{codes[0]}\n")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        (await _staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments")).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_malformed_file_is_a_400_and_stores_nothing()
    {
        var (course, codes) = await AikWithClientCodesAsync(1);
        var broken = $"bookingId,courseId,clientCode\nB-1,{course},{codes[0]}\n\"B-2,{course},{codes[0]}\n";
        await (await ImportAsync(broken)).ShouldBeProblem(HttpStatusCode.BadRequest);
        (await _staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments")).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_a_400_and_stores_nothing()
    {
        var (course, codes) = await AikWithClientCodesAsync(1);
        var cp1250 = Encoding.Latin1.GetBytes($"bookingId;courseId;clientCode\nB-1;{course};{codes[0]}\nB-2;{course};Kód\n");
        var response = await _staff.PostAsync(Url, new ByteArrayContent(cp1250) { Headers = { { "Content-Type", "text/csv" } } });
        (await response.ShouldBeProblem(HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().Contain("UTF-8");
        (await _staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments")).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_file_uploaded_as_a_form_is_imported_too()
    {
        var (course, codes) = await AikWithClientCodesAsync(1);
        var form = new MultipartFormDataContent
        {
            { new StringContent($"\uFEFFbookingId,courseId,clientCode\r\nB-1,{course},{codes[0]}\r\n", Encoding.UTF8, "text/csv"), "file", "rezervace.csv" },
        };
        var report = await (await _staff.PostAsync(Url, form)).ShouldBe(HttpStatusCode.OK);
        report.GetProperty("accepted").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_booking_id_reused_for_another_client_or_an_anonymised_client_is_rejected_with_the_reason()
    {
        var (course, codes) = await AikWithClientCodesAsync(2);
        var (gone, goneCode) = await app.RegisterWithCodeAsync();
        await app.PublishClientEventsAsync("LBC", new Cpic.Clients.Contracts.ClientAnonymised(gone, "LBC"));
        await (await ImportAsync($"bookingId,courseId,clientCode\nB-1,{course},{codes[0]}\n")).ShouldBe(HttpStatusCode.OK);

        var report = await (await ImportAsync($"bookingId,courseId,clientCode\nB-1,{course},{codes[1]}\nB-2,{course},{goneCode}\n"))
            .ShouldBe(HttpStatusCode.OK);

        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("outcome").GetString()).Should().Equal("rejected", "rejected");
        rows[0].GetProperty("errors")[0].GetString().Should().Contain("another client");
        rows[1].GetProperty("errors")[0].GetString().Should().StartWith("clientId:").And.Contain("anonymised");
        (await _staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments")).GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_file_over_four_megabytes_is_a_413_and_one_over_the_default_body_limit_is_not()
    {
        var header = "bookingId,courseId,clientCode\n";
        await (await ImportAsync(header + new string('x', (4 * 1024 * 1024) + 10))).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        (await ImportAsync(header + new string('x', (1024 * 1024) + 10))).StatusCode.Should().NotBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AIK_completions_export_as_CSV_for_the_migration_office()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Aik());
        var (client, code) = await app.RegisterWithCodeAsync();
        await _staff.EnrolAsync(course, client);
        var session = await _staff.AddSessionAsync(course, CourseSamples.Today.AddDays(-1), minutes: 240);
        await (await _staff.PutJson($"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/attendance",
            new { entries = new[] { new { clientId = client, status = "present" } } }, null)).ShouldBe(HttpStatusCode.OK);
        var completion = await (await _staff.PostAsync($"{CourseApi.Base}/{course}/completion", null)).ShouldBe(HttpStatusCode.OK);
        var number = completion.GetProperty("outcomes")[0].GetProperty("certificateNumber").GetString();

        var response = await _staff.GetAsync($"{CourseApi.Base}/aik/completions.csv?from={CourseSamples.Today:yyyy-MM-dd}");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("certificateNumber,clientCode,courseId,language,completedOn,hours");
        lines.Should().Contain($"\"{number}\",\"{code}\",{course},vi,{CourseSamples.Today:yyyy-MM-dd},4");
        await (await _staff.GetAsync($"{CourseApi.Base}/aik/completions.csv?from=yesterday")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var reversed = await _staff.GetAsync($"{CourseApi.Base}/aik/completions.csv?from=2026-12-31&to=2026-01-01");
        (await reversed.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("to", out _).Should().BeTrue();
    }
}
