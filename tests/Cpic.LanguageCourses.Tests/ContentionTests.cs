using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class ContentionTests(CpicApp app)
{
    [Fact]
    public async Task Two_hundred_concurrent_enrolments_into_twenty_seats_enrol_twenty_and_waitlist_the_rest_in_arrival_order()
    {
        var staff = app.ClientFor("LBC", Roles.Lecturer);
        var course = await staff.CreateCourseAsync(CourseSamples.Czech(capacity: 20));
        var clients = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            clients.Add(await app.RegisterAsync());
        }

        var responses = await Task.WhenAll(clients.Select(client =>
            staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = client })));
        var results = await Task.WhenAll(responses.Select(r => r.ShouldBe(HttpStatusCode.Created)));

        // Arrival = the order in which the course accepted the enrolments; it must be a gap-free 1..200.
        var byArrival = results.OrderBy(r => r.GetProperty("arrival").GetInt64()).ToList();
        byArrival.Select(r => r.GetProperty("arrival").GetInt64()).Should().Equal(Enumerable.Range(1, 200).Select(i => (long)i));
        byArrival.Take(20).Should().OnlyContain(r => r.GetProperty("status").GetString() == "enrolled");
        byArrival.Skip(20).Select(r => r.GetProperty("waitlistPosition").GetInt32()).Should().Equal(Enumerable.Range(1, 180));

        var stored = await staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments?limit=200");
        var items = stored.GetProperty("items").EnumerateArray().ToList();
        items.Count(e => e.GetProperty("status").GetString() == "enrolled").Should().Be(20);
        items.Where(e => e.GetProperty("status").GetString() == "waitlisted").Select(ClientId)
            .Should().Equal(byArrival.Skip(20).Select(ClientId));
        var summary = await staff.GetJsonAsync($"{CourseApi.Base}/{course}");
        summary.GetProperty("enrolled").GetInt32().Should().Be(20);
        summary.GetProperty("waitlisted").GetInt32().Should().Be(180);
    }

    private static Guid ClientId(JsonElement enrolment) => enrolment.GetProperty("clientId").GetGuid();
}
