using System.Net;
using System.Text;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.LanguageCourses.Contracts;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class EnrolmentTests(CpicApp app)
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    private async Task<(Guid Course, List<Guid> Clients, List<JsonElement> Enrolments)> FullCourseAsync(int capacity, int clients)
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech(capacity));
        var ids = new List<Guid>();
        var enrolments = new List<JsonElement>();
        for (var i = 0; i < clients; i++)
        {
            ids.Add(await app.RegisterAsync());
            enrolments.Add(await _staff.EnrolAsync(course, ids[^1]));
        }

        return (course, ids, enrolments);
    }

    private async Task<List<JsonElement>> EnrolmentsAsync(Guid course, string status) =>
        [.. (await _staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments?status={status}")).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task A_full_course_puts_the_client_on_the_waitlist_with_a_position()
    {
        var (course, clients, enrolments) = await FullCourseAsync(capacity: 2, clients: 4);

        enrolments.Select(e => e.GetProperty("status").GetString()).Should().Equal("enrolled", "enrolled", "waitlisted", "waitlisted");
        enrolments[3].GetProperty("waitlistPosition").GetInt32().Should().Be(2);
        var waitlist = await EnrolmentsAsync(course, "waitlisted");
        waitlist.Select(e => e.GetProperty("clientId").GetGuid()).Should().Equal(clients[2], clients[3]);
    }

    [Fact]
    public async Task A_withdrawal_promotes_the_first_on_the_waitlist_in_arrival_order()
    {
        var (course, clients, enrolments) = await FullCourseAsync(capacity: 2, clients: 4);
        var url = $"{CourseApi.Base}/{course}/enrolments/{enrolments[0].GetProperty("id").GetGuid()}/withdrawal";

        var (response, messages) = await app.WithMessagesAsync(() => _staff.PostAsync(url, null));

        (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("withdrawn");
        messages.OfType<ClientWithdrew>().Should().ContainSingle().Which.ClientId.Should().Be(clients[0]);
        messages.OfType<ClientPromotedFromWaitlist>().Should().ContainSingle().Which.ClientId.Should().Be(clients[2]);
        (await EnrolmentsAsync(course, "enrolled")).Select(e => e.GetProperty("clientId").GetGuid()).Should().Equal(clients[1], clients[2]);
        (await EnrolmentsAsync(course, "waitlisted")).Single().GetProperty("waitlistPosition").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Raising_the_capacity_promotes_waitlisted_clients_in_arrival_order()
    {
        var (course, clients, _) = await FullCourseAsync(capacity: 1, clients: 4);
        var (response, messages) = await app.WithMessagesAsync(() =>
            _staff.PutJson($"{CourseApi.Base}/{course}", CourseSamples.Czech(3), "\"1\""));

        await response.ShouldBe(HttpStatusCode.OK);
        messages.OfType<ClientPromotedFromWaitlist>().Select(m => m.ClientId).Should().Equal(clients[1], clients[2]);
        (await EnrolmentsAsync(course, "waitlisted")).Single().GetProperty("clientId").GetGuid().Should().Be(clients[3]);
    }

    [Fact]
    public async Task Capacity_below_the_current_enrolment_is_a_422()
    {
        var (course, _, _) = await FullCourseAsync(capacity: 3, clients: 3);
        var response = await _staff.PutJson($"{CourseApi.Base}/{course}", CourseSamples.Czech(2), "\"1\"");
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("capacity", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Staff_may_promote_out_of_order_into_a_free_place_with_a_recorded_reason()
    {
        var (course, clients, enrolments) = await FullCourseAsync(capacity: 1, clients: 3);
        var last = enrolments[2].GetProperty("id").GetGuid();
        var promote = $"{CourseApi.Base}/{course}/enrolments/{last}/promotion";
        await (await _staff.PostJson(promote, new { reason = "Zkouška z češtiny k trvalému pobytu" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _staff.PostJson(promote, new { reason = "" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        var first = enrolments[0].GetProperty("id").GetGuid();
        await (await _staff.PostAsync($"{CourseApi.Base}/{course}/enrolments/{first}/withdrawal?promoteNext=false", null)).ShouldBe(HttpStatusCode.OK);
        var (response, messages) = await app.WithMessagesAsync(() =>
            _staff.PostJson(promote, new { reason = "Zkouška z češtiny k trvalému pobytu" }));

        (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("outOfOrderReason").GetString().Should().Contain("Zkouška");
        messages.OfType<ClientPromotedFromWaitlist>().Should().ContainSingle().Which.Should()
            .Match<ClientPromotedFromWaitlist>(m => m.ClientId == clients[2] && m.OutOfOrder);
    }

    [Fact]
    public async Task Enrolling_a_client_twice_is_a_409()
    {
        var (course, clients, _) = await FullCourseAsync(capacity: 5, clients: 1);
        var again = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = clients[0] });
        await again.ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_client_of_another_centre_is_a_422()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var prague = await app.RegisterAsync("PHA");
        var response = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = prague });
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("clientId", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"clientId\": null}")]
    public async Task Enrolling_without_a_client_is_a_422_naming_clientId_and_enrols_nobody(string json)
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await _staff.PostAsync($"{CourseApi.Base}/{course}/enrolments", content);
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("clientId", out _).Should().BeTrue();
        (await _staff.GetJsonAsync($"{CourseApi.Base}/{course}/enrolments")).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_anonymous_client_cannot_be_enrolled()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var anonymous = await app.RegisterAsync(anonymous: true);
        var response = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = anonymous });
        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Enrolment_outside_the_window_is_a_409()
    {
        var closed = CourseSamples.Czech() with { EnrolmentOpensOn = CourseSamples.Today.AddDays(-9), EnrolmentClosesOn = CourseSamples.Today.AddDays(-1) };
        var course = await _staff.CreateCourseAsync(closed);
        var response = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = await app.RegisterAsync() });
        (await response.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("Enrolment is open");
    }

    [Fact]
    public async Task Enrolment_into_a_cancelled_course_is_a_409()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        await (await _staff.PostAsync($"{CourseApi.Base}/{course}/cancellation", null)).ShouldBe(HttpStatusCode.OK);
        var response = await _staff.PostJson($"{CourseApi.Base}/{course}/enrolments", new { clientId = await app.RegisterAsync() });
        (await response.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("cancelled");
    }

    [Fact]
    public async Task Listing_enrolments_of_an_unknown_status_is_a_422()
    {
        var course = await _staff.CreateCourseAsync(CourseSamples.Czech());
        var response = await _staff.GetAsync($"{CourseApi.Base}/{course}/enrolments?status=pending");
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("status", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Enrolling_into_an_unknown_course_is_a_404()
    {
        var response = await _staff.PostJson($"{CourseApi.Base}/{Guid.NewGuid()}/enrolments", new { clientId = await app.RegisterAsync() });
        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
