using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class ReferenceDataTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    [Fact]
    public async Task Code_lists_carry_czech_and_english_labels()
    {
        var regions = await (await _counsellor.GetAsync("/api/v1/reference/regions")).ShouldBe(HttpStatusCode.OK);
        regions.GetArrayLength().Should().Be(14);

        var countries = await (await _counsellor.GetAsync("/api/v1/reference/countries")).ShouldBe(HttpStatusCode.OK);
        var ukraine = countries.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "UA");
        ukraine.GetProperty("cs").GetString().Should().Be("Ukrajina");
        ukraine.GetProperty("eu").GetBoolean().Should().BeFalse();
        countries.EnumerateArray().Count(c => c.GetProperty("eu").GetBoolean()).Should().Be(27);

        var categories = await (await _counsellor.GetAsync("/api/v1/reference/residence-categories")).ShouldBe(HttpStatusCode.OK);
        categories.EnumerateArray().Select(c => c.GetProperty("code").GetString())
            .Should().Contain(["temporary-protection", "asylum", "subsidiary-protection", "long-term-residence"]);
    }

    [Fact]
    public async Task A_code_list_answers_304_to_a_matching_If_None_Match()
    {
        var first = await _counsellor.GetAsync("/api/v1/reference/languages");
        var etag = first.Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/languages");
        request.Headers.IfNoneMatch.Add(new(etag));
        (await _counsellor.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task The_centres_of_seed_004_are_registered_with_their_workplaces()
    {
        var centres = await (await _counsellor.GetAsync("/api/v1/reference/centres")).ShouldBe(HttpStatusCode.OK);
        centres.GetArrayLength().Should().Be(14);
        var liberec = await (await _counsellor.GetAsync("/api/v1/reference/centres/LBC")).ShouldBe(HttpStatusCode.OK);
        liberec.GetProperty("workplaces").EnumerateArray().Select(w => w.GetProperty("town").GetString())
            .Should().Contain(["Liberec", "Česká Lípa"]);

        var moravianSilesian = await (await _counsellor.GetAsync("/api/v1/reference/centres?region=CZ080")).ShouldBe(HttpStatusCode.OK);
        moravianSilesian.EnumerateArray().Single().GetProperty("workplaces").EnumerateArray()
            .Select(w => w.GetProperty("town").GetString()).Should().Contain("Opava");
    }
}
