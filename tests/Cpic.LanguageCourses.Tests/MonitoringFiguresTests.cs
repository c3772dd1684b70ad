using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.LanguageCourses.Tests;

/// <summary>
/// Courses run through this module's API show up in the Monitoring statistics. Centre ZLK is used by no other test
/// of this collection, so its figures are exactly this scenario's.
/// </summary>
[Collection(CoursesCollection.Name)]
public sealed class MonitoringFiguresTests(CpicApp app)
{
    private const string Centre = "ZLK";
    private readonly HttpClient _staff = app.ClientFor(Centre, Roles.CentreHead);
    private static DateOnly Yesterday => CourseSamples.Today.AddDays(-1);

    [Fact]
    public async Task Course_figures_appear_in_the_monitoring_statistics()
    {
        var czech = await _staff.CreateCourseAsync(CourseSamples.Czech(capacity: 2) with { Workplace = "ZLK-ZL" });
        var skk = await _staff.CreateCourseAsync(CourseSamples.Skk() with
        {
            Workplace = "ZLK-ZL", Venue = new { kind = "outside", name = "Obecní úřad", town = "Vsetín", outsideHomeDistrict = true },
        });
        var aik = await _staff.CreateCourseAsync(CourseSamples.Aik() with { Workplace = "ZLK-UH" });
        var clients = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await app.RegisterAsync(Centre));
        }

        var (last, _) = await app.WithMessagesAsync(async () =>
        {
            foreach (var client in clients.Take(3))
            {
                await _staff.EnrolAsync(czech, client);   // the third waits: not a participant
            }

            await _staff.EnrolAsync(skk, clients[3]);
            await _staff.EnrolAsync(aik, clients[0]);
            await HoldAsync(czech, 90, null, (clients[0], "present"), (clients[1], "absent"));
            await HoldAsync(skk, 90, 20, (clients[3], "present"));
            await HoldAsync(aik, 240, null, (clients[0], "present"));
            await (await _staff.PostAsync($"{CourseApi.Base}/{czech}/completion", null)).ShouldBe(HttpStatusCode.OK);
            return await _staff.PostAsync($"{CourseApi.Base}/{aik}/completion", null);
        });
        await last.ShouldBe(HttpStatusCode.OK);

        var stats = await _staff.GetJsonAsync($"/api/v1/monitoring/statistics?from={Yesterday:yyyy-MM-dd}&to={CourseSamples.Today:yyyy-MM-dd}");

        var courses = stats.GetProperty("courses");
        var totals = courses.GetProperty("totals");
        totals.GetProperty("courses").GetInt64().Should().Be(3);
        totals.GetProperty("towns").EnumerateArray().Select(t => t.GetString()).Should().BeEquivalentTo("Zlín", "Vsetín", "Uherské Hradiště");
        totals.GetProperty("sessions").GetInt64().Should().Be(3);
        totals.GetProperty("teachingHours").GetDecimal().Should().Be(7m);
        courses.GetProperty("skkAudience").GetInt64().Should().Be(20);
        courses.GetProperty("aikCompletions").GetInt64().Should().Be(1);
        var czechRow = Row(courses.GetProperty("byCategory"), "czech-language");
        czechRow.GetProperty("participants").GetInt64().Should().Be(2);
        czechRow.GetProperty("completionRate").GetDecimal().Should().Be(0.5m);
        Row(courses.GetProperty("byCategory"), "socio-cultural").GetProperty("participants").GetInt64().Should().Be(1);
        totals.GetProperty("participants").GetInt64().Should().Be(3, "the client in both the Czech course and the AIK counts once");
    }

    private async Task HoldAsync(Guid course, int minutes, int? audience, params (Guid Client, string Status)[] entries)
    {
        var session = await _staff.AddSessionAsync(course, Yesterday, minutes: minutes);
        var url = $"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/attendance";
        var body = new { entries = entries.Select(e => new { clientId = e.Client, status = e.Status }), unregisteredAudience = audience };
        await (await _staff.PutJson(url, body, "\"1\"")).ShouldBe(HttpStatusCode.OK);
    }

    private static JsonElement Row(JsonElement rows, string code) =>
        rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
}
