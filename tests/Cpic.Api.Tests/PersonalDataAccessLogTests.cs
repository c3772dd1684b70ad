using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

/// <summary>
/// The other modules' answers that name people are in the one access log: Counselling's services, LanguageCourses'
/// enrolments and attendance, Platforms' people; who, when, which ids, which operation and the reason header.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PersonalDataAccessLogTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague")));
    private readonly HttpClient _staff = app.ClientFor("LBC", [.. Roles.CentreStaff]);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Services_enrolments_attendance_and_partner_people_are_logged_per_person_with_the_reason()
    {
        var (anna, olha) = (await Create("/api/v1/clients?force=true", Client("Anna")), await Create("/api/v1/clients?force=true", Client("Olha")));
        await Create("/api/v1/counselling/services", new
        {
            clientIds = new[] { anna, olha }, date = Today, minutes = 60, serviceType = "social-counselling", form = "office",
            workplace = "LBC-LIB", place = new { type = "workplace" }, topics = new[] { "housing" },
        });
        var course = await Create("/api/v1/courses", new
        {
            title = "Čeština A1", courseType = "czech-basic", level = "A1", language = "cs", workplace = "LBC-LIB",
            lecturers = new[] { new { name = "Lektorka Nováková", external = false } }, capacity = 10,
            enrolmentOpensOn = Today.AddDays(-10), enrolmentClosesOn = Today.AddDays(10), startsOn = Today.AddDays(-5),
            endsOn = Today.AddDays(30), status = "open",
        });
        var session = await Create($"/api/v1/courses/{course}/sessions", new { date = Today.AddDays(-1), start = "17:00", durationMinutes = 90, room = "A", lecturer = "Lektorka Nováková" });
        await Create($"/api/v1/courses/{course}/enrolments", new { clientId = anna });
        var attendance = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/courses/{course}/sessions/{session}/attendance")
        {
            Content = JsonContent.Create(new { entries = new[] { new { clientId = anna, status = "present" } } }),
        };
        attendance.Headers.IfMatch.Add(new("\"1\""));
        await (await app.AndWaitForMessages(() => _staff.SendAsync(attendance))).ShouldBe(HttpStatusCode.OK);
        var actor = await Create("/api/v1/platforms/actors", new { name = "Úřad práce Liberec", type = "labour-office", town = "Liberec", region = "CZ051", themes = new[] { "housing" }, joinedOn = Today.AddDays(-30) });
        var person = await Create($"/api/v1/platforms/actors/{actor}/people", new { name = "Jana Příkladová", email = "jana@example.org" });

        foreach (var read in new[] { "/api/v1/counselling/services", $"/api/v1/courses/{course}/enrolments", $"/api/v1/courses/{course}/sessions", $"/api/v1/platforms/actors/{actor}/people" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, read);
            request.Headers.Add("X-Access-Reason", "kontrola");
            await (await _staff.SendAsync(request)).ShouldBe(HttpStatusCode.OK);
        }

        var annas = await Log($"clientId={anna}");
        annas.Select(e => e.GetProperty("action").GetString()).Should().Equal("counselling.services", "courses.enrolments", "courses.attendance");
        annas.Should().OnlyContain(e => e.GetProperty("reason").GetString() == "kontrola" && e.GetProperty("user").GetString() == $"test-{string.Join('-', Roles.CentreStaff)}");
        var olhas = await Log($"clientId={olha}");
        olhas.Select(e => e.GetProperty("action").GetString()).Should().Equal(["counselling.services"], "the group service names her too");
        olhas[0].GetProperty("at").GetString().Should().Be(annas[0].GetProperty("at").GetString(), "one batched insert per request");
        var people = await Log($"personId={person}");
        people.Select(e => e.GetProperty("action").GetString()).Should().Equal("platforms.people");
        people[0].GetProperty("clientId").ValueKind.Should().Be(JsonValueKind.Null);
    }

    private static object Client(string givenNames) => new
    {
        anonymous = false, workplace = "LBC-LIB", givenNames, surname = "Auditová", birthDate = "1990-02-03", sex = "female",
        nationality = "UA", preferredLanguage = "uk",
    };

    private async Task<List<JsonElement>> Log(string filter) =>
        [.. (await (await _head.GetAsync($"/api/v1/clients/access-log?{filter}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray()];

    private async Task<Guid> Create(string url, object body) =>
        (await (await app.AndWaitForMessages(() => _staff.PostAsJsonAsync(url, body))).ShouldBe(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
}
