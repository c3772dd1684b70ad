using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Platforms.Contracts;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

[Collection(PlatformsCollection.Name)]
public sealed class ActorTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_actor_is_registered_published_without_its_name_and_read_back()
    {
        var (response, messages) = await app.TrackAsync(() => _staff.PostJson($"{Api}/actors",
            Actor("Krajský úřad Libereckého kraje", "regional-office", "70891508")));
        var actor = await response.ShouldBe(HttpStatusCode.Created);
        var id = actor.GetProperty("id").GetGuid();
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        messages.Published<ActorJoined>().Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            ActorId = id, Centre = "LBC", ActorType = "regional-office", Region = "CZ051",
        });

        var read = await (await _staff.GetAsync($"{Api}/actors/{id}")).ShouldBe(HttpStatusCode.OK);
        (read.GetProperty("name").GetString(), read.GetProperty("ico").GetString()).Should().Be(("Krajský úřad Libereckého kraje", "70891508"));
    }

    [Theory]
    [InlineData("70891507", "ico")]
    [InlineData("7089150", "ico")]
    [InlineData("7089150A", "ico")]
    public async Task An_invalid_ico_is_a_field_error_and_nothing_is_stored(string ico, string field)
    {
        var problem = await (await _staff.PostJson($"{Api}/actors", Actor("Úřad práce", ico: ico))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
        (await (await _staff.GetAsync($"{Api}/actors")).ShouldBe(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Unknown_codes_are_field_errors()
    {
        var body = new { name = "X", type = "astrologer", region = "CZ999", themes = new[] { "weather" }, joinedOn = Day(-1), web = "ftp://x" };
        var errors = (await (await _staff.PostJson($"{Api}/actors", body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        foreach (var field in new[] { "type", "region", "themes[0]", "web" })
        {
            errors.TryGetProperty(field, out _).Should().BeTrue(field);
        }
    }

    [Fact]
    public async Task An_ico_is_unique_within_the_centre_but_another_centre_may_have_it()
    {
        var first = await app.ActorAsync(_staff, "Statutární město Liberec", "municipal-office", "00262978");
        var problem = await (await _staff.PostJson($"{Api}/actors", Actor("Magistrát Liberec", "municipal-office", "00262978")))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        problem.GetProperty("actorId").GetGuid().Should().Be(first);
        await app.ActorAsync(app.ClientFor("PLK", Roles.Counsellor), "Statutární město Liberec", "municipal-office", "00262978");
    }

    [Fact]
    public async Task A_similar_name_is_a_warning_and_the_duplicates_check_finds_it_without_diacritics()
    {
        var first = await app.ActorAsync(_staff, "Úřad práce ČR – krajská pobočka v Liberci");
        var second = await app.CreateAsync(_staff, "actors", Actor("Urad prace CR krajska pobocka Liberec"));
        second.GetProperty("possibleDuplicates")[0].GetProperty("actorId").GetGuid().Should().Be(first);

        var check = await (await _staff.GetAsync($"{Api}/actors/duplicates?name=URAD%20PRACE%20CR%20krajska%20pobocka%20Liberec")).ShouldBe(HttpStatusCode.OK);
        check.EnumerateArray().Select(c => c.GetProperty("actorId").GetGuid()).Should().Contain(first);
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_filters_by_type_town_and_theme()
    {
        await app.CreateAsync(_staff, "actors", Actor("Základní škola Jabloňová", "primary-school", themes: ["education-system"]));
        await app.CreateAsync(_staff, "actors", Actor("Oblastní inspektorát práce", "labour-inspectorate"));
        await app.CreateAsync(_staff, "actors", Actor("ZŠ Česká Lípa", "primary-school"));

        async Task<string[]> Names(string query) =>
            [.. (await (await _staff.GetAsync($"{Api}/actors?{query}")).ShouldBe(HttpStatusCode.OK)).GetProperty("items")
                .EnumerateArray().Select(a => a.GetProperty("name").GetString()!)];

        (await Names("name=jablonova")).Should().Equal("Základní škola Jabloňová");
        (await Names("type=primary-school&theme=education-system")).Should().Equal("Základní škola Jabloňová");
        (await Names("town=LIBEREC&type=labour-inspectorate")).Should().Equal("Oblastní inspektorát práce");
        (await Names("limit=2")).Should().HaveCount(2);
        await (await _staff.GetAsync($"{Api}/actors?type=astrologer")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Updates_take_if_match_and_another_centres_actor_is_not_found()
    {
        var id = await app.ActorAsync(_staff, "NPI ČR");
        var edited = Actor("Národní pedagogický institut ČR", "npi");
        await (await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/actors/{id}", edited, null)).ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        await (await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/actors/{id}", edited, "\"7\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        var ok = await _staff.SendWithIfMatch(HttpMethod.Put, $"{Api}/actors/{id}", edited, "\"1\"");
        (await ok.ShouldBe(HttpStatusCode.OK)).GetProperty("type").GetString().Should().Be("npi");
        ok.Headers.ETag!.Tag.Should().Be("\"2\"");

        var plzen = app.ClientFor("PLK", Roles.Counsellor);
        await (await plzen.GetAsync($"{Api}/actors/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await plzen.SendWithIfMatch(HttpMethod.Put, $"{Api}/actors/{id}", edited, "\"2\"")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Relations_link_actors_of_the_same_centre_only()
    {
        var parent = await app.ActorAsync(_staff, "Policie ČR – KŘP Libereckého kraje", "police");
        var branch = await app.ActorAsync(_staff, "Policie ČR – OOP Jablonec nad Nisou", "police");
        var foreign = await app.ActorAsync(app.ClientFor("PLK", Roles.Counsellor), "Policie ČR Plzeň", "police");

        var related = await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/actors/{branch}/relations",
            new { type = "parent-body", actorId = parent, from = "2020-01-01" }, "\"1\"")).ShouldBe(HttpStatusCode.Created);
        related.GetProperty("relations")[0].GetProperty("actorId").GetGuid().Should().Be(parent);
        await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Api}/actors/{branch}/relations",
            new { type = "partner", actorId = foreign }, "\"2\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_post_with_an_idempotency_key_registers_once()
    {
        HttpRequestMessage Request() => new(HttpMethod.Post, $"{Api}/actors")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Actor("Charita Liberec", "ngo")),
            Headers = { { "Idempotency-Key", "actor-once" } },
        };
        var first = await (await _staff.SendAsync(Request())).ShouldBe(HttpStatusCode.Created);
        var again = await _staff.SendAsync(Request());
        (await again.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid().Should().Be(first.GetProperty("id").GetGuid());
        (await (await _staff.GetAsync($"{Api}/actors")).ShouldBe(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().Should().Be(1);
    }
}
