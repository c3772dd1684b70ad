using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class InterpreterTests(CpicApp app)
{
    private const string Interpreters = "/api/v1/counselling/interpreters";
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private static readonly string Tomorrow = ServiceBody.Today.AddDays(1).ToString("yyyy-MM-dd");

    private async Task<Guid> AddInterpreterAsync(params string[] languages)
    {
        var body = new { name = $"Interpreter {Guid.NewGuid():N}", languages, external = true, phone = "+420 600 000 000" };
        return (await (await _counsellor.PostJson(Interpreters, body)).ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> Book(Guid interpreter, string start, int minutes, string language = "vi") =>
        _counsellor.PostJson($"{Interpreters}/{interpreter}/bookings", new { date = Tomorrow, startTime = start, minutes, language });

    [Fact]
    public async Task An_overlapping_booking_of_the_same_interpreter_is_refused_with_409()
    {
        var interpreter = await AddInterpreterAsync("vi", "mn");
        await (await Book(interpreter, "09:00", 60)).ShouldBe(HttpStatusCode.Created);

        await (await Book(interpreter, "09:30", 60, "mn")).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await Book(interpreter, "10:00", 30)).ShouldBe(HttpStatusCode.Created);
        var bookings = await (await _counsellor.GetAsync($"{Interpreters}/{interpreter}/bookings?from={Tomorrow}")).ShouldBe(HttpStatusCode.OK);
        bookings.GetArrayLength().Should().Be(2);
    }

    [Theory]
    [InlineData("1990-12-04")]
    [InlineData("2999-12-04")]
    [InlineData("more than a year ahead")]
    public async Task A_booking_dated_before_2000_or_more_than_a_year_ahead_is_a_field_error(string date)
    {
        var interpreter = await AddInterpreterAsync("vi");
        date = date.Length == 10 ? date : ServiceBody.Today.AddYears(1).AddDays(1).ToString("yyyy-MM-dd");

        var response = await _counsellor.PostJson($"{Interpreters}/{interpreter}/bookings",
            new { date, startTime = "09:00", minutes = 30, language = "vi" });

        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("date", out _)
            .Should().BeTrue();
    }

    [Fact]
    public async Task A_slot_ending_at_midnight_still_blocks_an_overlapping_booking_but_not_the_slot_before()
    {
        var interpreter = await AddInterpreterAsync("vi");
        await (await Book(interpreter, "23:00", 60)).ShouldBe(HttpStatusCode.Created);

        await (await Book(interpreter, "23:30", 15)).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await Book(interpreter, "22:00", 60)).ShouldBe(HttpStatusCode.Created);
        await (await Book(interpreter, "22:30", 60)).ShouldBeProblem(HttpStatusCode.Conflict);
        var bookings = await (await _counsellor.GetAsync($"{Interpreters}/{interpreter}/bookings?from={Tomorrow}")).ShouldBe(HttpStatusCode.OK);
        bookings.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_booking_for_a_service_that_is_not_ours_is_refused_and_an_unknown_interpreter_has_no_bookings()
    {
        var interpreter = await AddInterpreterAsync("vi");
        var problem = await (await _counsellor.PostJson($"{Interpreters}/{interpreter}/bookings",
            new { date = Tomorrow, startTime = "09:00", minutes = 30, language = "vi", serviceId = Guid.NewGuid() }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("serviceId", out _).Should().BeTrue();

        var service = (await app.RecordAsync(_counsellor, ServiceBody.For(await app.RegisterClientAsync()))).GetProperty("id").GetGuid();
        await (await _counsellor.PostJson($"{Interpreters}/{interpreter}/bookings",
            new { date = Tomorrow, startTime = "09:00", minutes = 30, language = "vi", serviceId = service })).ShouldBe(HttpStatusCode.Created);
        await (await _counsellor.GetAsync($"{Interpreters}/{Guid.NewGuid()}/bookings?from={Tomorrow}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_simultaneous_bookings_of_the_same_slot_leave_exactly_one()
    {
        var interpreter = await AddInterpreterAsync("vi");
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Book(interpreter, "13:00", 45)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_interpreter_is_booked_only_for_a_language_they_speak_and_found_by_language()
    {
        var interpreter = await AddInterpreterAsync("uk");
        var problem = await (await Book(interpreter, "08:00", 30, "vi")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("language", out _).Should().BeTrue();

        var ukrainian = await (await _counsellor.GetAsync($"{Interpreters}?language=uk")).ShouldBe(HttpStatusCode.OK);
        ukrainian.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Contain(interpreter);
    }

    [Fact]
    public async Task A_roster_entry_with_an_unknown_language_is_refused_and_another_centre_cannot_book_ours()
    {
        var problem = await (await _counsellor.PostJson(Interpreters, new { name = "X", languages = new[] { "xx-martian" }, external = false }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("languages[0]", out _).Should().BeTrue();

        var interpreter = await AddInterpreterAsync("vi");
        var plzen = app.ClientFor("PLK", Roles.Counsellor);
        await (await plzen.PostJson($"{Interpreters}/{interpreter}/bookings", new { date = Tomorrow, startTime = "09:00", minutes = 30, language = "vi" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
