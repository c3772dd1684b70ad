using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class FieldVisitTests(CpicApp app)
{
    private const string Visits = "/api/v1/counselling/field-visits";

    // Its own centre, so that counts are not disturbed by other tests.
    private readonly HttpClient _worker = app.ClientFor("ZLK", Roles.Counsellor);

    private static object Visit(string placeType, string name, string town, int people, int daysAgo = 0) => new
    {
        date = ServiceBody.Today.AddDays(-daysAgo).ToString("yyyy-MM-dd"), workplace = "ZLK-ZL", placeType,
        placeName = name, town, peopleReached = people, topics = new[] { "labour-market" }, minutes = 120,
        followUps = new[] { "Return with a Vietnamese interpreter" },
    };

    [Fact]
    public async Task A_recorded_field_visit_is_published_and_counted_by_place_type_and_distinct_place()
    {
        var (response, messages) = await app.TrackAsync(() => _worker.PostJson(Visits, Visit("dormitory", "Ubytovna Sever", "Zlín", 14)));
        await response.ShouldBe(HttpStatusCode.Created);
        messages.Published<FieldVisitRecorded>().Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Centre = "ZLK", PlaceType = "dormitory", PlaceName = "Ubytovna Sever", Town = "Zlín", PeopleReached = 14,
        });
        await app.TrackAsync(() => _worker.PostJson(Visits, Visit("dormitory", "ubytovna  sever", "Zlín", 6, daysAgo: 1)));
        await app.TrackAsync(() => _worker.PostJson(Visits, Visit("dormitory", "Ubytovna Jih", "Zlín", 3, daysAgo: 2)));
        await app.TrackAsync(() => _worker.PostJson(Visits, Visit("company", "Continental", "Otrokovice", 40, daysAgo: 2)));

        var from = ServiceBody.Today.AddDays(-2).ToString("yyyy-MM-dd");
        var summary = await (await _worker.GetAsync($"{Visits}/summary?from={from}&to={ServiceBody.Today:yyyy-MM-dd}"))
            .ShouldBe(HttpStatusCode.OK);

        summary.GetProperty("visits").GetInt32().Should().Be(4);
        summary.GetProperty("places").GetInt32().Should().Be(3);
        var dormitories = summary.GetProperty("byPlaceType").EnumerateArray().Single(t => t.GetProperty("placeType").GetString() == "dormitory");
        (dormitories.GetProperty("visits").GetInt32(), dormitories.GetProperty("places").GetInt32(),
            dormitories.GetProperty("peopleReached").GetInt32()).Should().Be((3, 2, 23));
        summary.GetProperty("byPlace").EnumerateArray().Select(p => (p.GetProperty("placeType").GetString(), p.GetProperty("name").GetString(),
                p.GetProperty("visits").GetInt32(), p.GetProperty("peopleReached").GetInt32()))
            .Should().Equal(("company", "Continental", 1, 40), ("dormitory", "Ubytovna Jih", 1, 3), ("dormitory", "ubytovna  sever", 2, 20));
        var listed = await (await _worker.GetAsync($"{Visits}?placeType=company")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("items")[0].GetProperty("place").GetProperty("town").GetString().Should().Be("Otrokovice");
        var inTown = await (await _worker.GetAsync($"{Visits}?town=OTROKOVICE&workplace=ZLK-ZL")).ShouldBe(HttpStatusCode.OK);
        inTown.GetProperty("items").GetArrayLength().Should().Be(1, "the town filter ignores case, as the summary does");
    }

    [Theory]
    [InlineData("workplace", "placeType")]
    [InlineData("moon-base", "placeType")]
    public async Task A_field_visit_must_happen_at_a_field_place(string placeType, string field)
    {
        var problem = await (await _worker.PostJson(Visits, Visit(placeType, "X", "Zlín", 1))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_field_visit_in_the_future_or_of_absurd_length_is_refused()
    {
        var future = new { date = ServiceBody.Today.AddDays(3).ToString("yyyy-MM-dd"), workplace = "ZLK-ZL", placeType = "school",
            placeName = "ZŠ Zlín", town = "Zlín", peopleReached = 20, topics = Array.Empty<string>(), minutes = 800 };
        var problem = await (await _worker.PostJson(Visits, future)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(["date", "minutes"]);
        await (await _worker.GetAsync($"{Visits}?placeType=moon-base")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        (await (await _worker.GetAsync($"{Visits}?workplace=BOGUS")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").TryGetProperty("workplace", out _).Should().BeTrue();
    }
}
