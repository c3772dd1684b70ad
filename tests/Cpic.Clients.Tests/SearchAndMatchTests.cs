using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class SearchAndMatchTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private string _janasCode = "";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await _counsellor.Register(ClientRequests.Person("Taras", "Ševčenko", birthDate: "1984-03-09"));
        await _counsellor.Register(ClientRequests.Person("Mykola", "Shevchenko", birthDate: "1979-11-02"));
        var jana = await _counsellor.Register(ClientRequests.Person("Jana", "Nováková", nationality: "VN", workplace: "LBC-CL"));
        _janasCode = jana.GetProperty("code").GetString()!;
        await _counsellor.PostAsJsonAsync($"/api/v1/clients/{jana.Id()}/residence-statuses",
            new { category = "permanent-residence", validFrom = "2020-01-01" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> Surnames(string query)
    {
        var page = await (await _counsellor.GetAsync($"/api/v1/clients?{query}")).ShouldBe(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("surname").GetString()!)];
    }

    [Fact]
    public async Task A_cyrillic_name_finds_both_czech_and_english_transliterations()
    {
        (await Surnames("name=Шевченко")).Should().BeEquivalentTo("Ševčenko", "Shevchenko");
    }

    [Fact]
    public async Task The_czech_and_the_english_latin_spellings_find_each_other()
    {
        await _counsellor.Register(ClientRequests.Person("Petro", "Ševčuk", birthDate: "1988-08-08"));
        await _counsellor.Register(ClientRequests.Person("Oksana", "Zhuk", birthDate: "1992-02-02"));

        (await Surnames("name=Shevchuk")).Should().Equal("Ševčuk");
        (await Surnames("name=%C5%BDuk")).Should().Equal("Zhuk"); // Žuk
        (await Surnames("name=%D0%A8%D0%B5%D0%B2%D1%87%D1%83%D0%BA")).Should().Equal("Ševčuk"); // Шевчук
        var twin = await _counsellor.PostAsJsonAsync("/api/v1/clients",
            ClientRequests.Person("Petro", "Shevchuk", birthDate: "1988-08-08"));
        (await twin.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("matches")[0].GetProperty("surname")
            .GetString().Should().Be("Ševčuk");
    }

    [Fact]
    public async Task Name_words_match_in_any_order_surname_first_included()
    {
        await _counsellor.Register(ClientRequests.Person("Thi Lan", "Tran", nationality: "VN"));
        (await Surnames("name=Tran%20Thi%20Lan")).Should().Equal("Tran");
        (await Surnames("name=Lan%20Tran")).Should().Equal("Tran");
        (await Surnames("name=Shevchenko%20Mykola")).Should().Equal("Shevchenko");
        (await Surnames("name=Tran%20Mykola")).Should().BeEmpty("every word must match");
    }

    [Fact]
    public async Task Name_search_ignores_case_and_diacritics()
    {
        (await Surnames("name=SEVCENKO")).Should().Equal("Ševčenko");
        (await Surnames("name=novakova")).Should().Equal("Nováková");
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_pages_link_to_the_next()
    {
        (await Surnames("nationality=VN")).Should().Equal("Nováková");
        (await Surnames("workplace=LBC-CL")).Should().Equal("Nováková");
        (await Surnames("birthDate=1979-11-02")).Should().Equal("Shevchenko");
        (await Surnames("name=nov&nationality=vn&workplace=lbc-cl&residenceCategory=permanent-residence")).Should().Equal("Nováková");
        (await Surnames("name=nov&nationality=UA")).Should().BeEmpty("filters combine");
        (await Surnames($"code={_janasCode}")).Should().Equal("Nováková");
        (await Surnames("residenceCategory=permanent-residence")).Should().Equal("Nováková");

        var first = await (await _counsellor.GetAsync("/api/v1/clients?limit=2")).ShouldBe(HttpStatusCode.OK);
        first.GetProperty("items").GetArrayLength().Should().Be(2);
        var second = await (await _counsellor.GetAsync(first.GetProperty("next").GetString())).ShouldBe(HttpStatusCode.OK);
        second.GetProperty("items").GetArrayLength().Should().Be(1);
        second.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        var ukrainians = await (await _counsellor.GetAsync("/api/v1/clients?nationality=UA&limit=1")).ShouldBe(HttpStatusCode.OK);
        var next = ukrainians.GetProperty("next").GetString()!;
        next.Should().Contain("nationality=UA", "the next link keeps the filters");
        var rest = await (await _counsellor.GetAsync(next)).ShouldBe(HttpStatusCode.OK);
        rest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("surname").GetString()).Should().Equal("Shevchenko");
    }

    [Fact]
    public async Task Potential_matches_rank_the_same_person_first()
    {
        var response = await _counsellor.PostAsJsonAsync("/api/v1/clients/potential-matches",
            new { nativeName = "Тарас Шевченко", birthDate = "1984-03-09", nationality = "UA" });

        var matches = await response.ShouldBe(HttpStatusCode.OK);
        var best = matches.EnumerateArray().First();
        best.GetProperty("surname").GetString().Should().Be("Ševčenko");
        best.GetProperty("score").GetDouble().Should().BeGreaterThan(0.9);
        matches.EnumerateArray().Should().NotContain(m => m.GetProperty("surname").GetString() == "Nováková");
    }

    [Fact]
    public async Task Registering_a_likely_duplicate_is_409_with_the_matches_unless_forced()
    {
        var twin = ClientRequests.Person("Taras", "Sevcenko", birthDate: "1984-03-09");

        var refused = await _counsellor.PostAsJsonAsync("/api/v1/clients", twin);
        var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict);
        problem.GetProperty("matches")[0].GetProperty("surname").GetString().Should().Be("Ševčenko");
        (await Surnames("name=sevcenko")).Should().HaveCount(1, "nothing is stored when the registration is refused");

        var forced = await _counsellor.PostAsJsonAsync("/api/v1/clients?force=true", twin);
        await forced.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Parallel_registrations_of_the_same_person_create_one_record_and_refuse_the_rest()
    {
        var person = ClientRequests.Person("Bohdana", "Souběžná", birthDate: "1982-02-02");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _counsellor.PostAsJsonAsync("/api/v1/clients", person)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            (await refused.ShouldBeProblem(HttpStatusCode.Conflict)).GetProperty("matches")[0].GetProperty("surname")
                .GetString().Should().Be("Souběžná");
        }

        (await Surnames("name=soubezna")).Should().HaveCount(1);
    }

    [Fact]
    public async Task Another_centre_finds_no_matches_among_these_clients()
    {
        var prague = app.ClientFor("PHA", Roles.Counsellor);
        var response = await prague.PostAsJsonAsync("/api/v1/clients/potential-matches",
            new { givenNames = "Taras", surname = "Ševčenko", birthDate = "1984-03-09" });
        (await response.ShouldBe(HttpStatusCode.OK)).GetArrayLength().Should().Be(0);
    }
}
