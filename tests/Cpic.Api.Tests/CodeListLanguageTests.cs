using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;

namespace Cpic.Api.Tests;

/// <summary>Code lists in the clients' languages: ?lang=, Accept-Language with q-values, Czech fallback, ETags per language.</summary>
[Collection(ApiCollection.Name)]
public sealed class CodeListLanguageTests(CpicApp app)
{
    private static readonly string[] Languages = ["cs", "en", "uk", "ru", "vi"];

    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    [Fact]
    public async Task Every_entry_of_every_code_list_has_a_label_in_every_language()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var lists = document["paths"]!.AsObject()
            .Where(p => p.Value!["get"]?["parameters"]?.AsArray().Any(a => a!["name"]!.GetValue<string>() == "lang") == true)
            .Select(p => p.Key).ToList();
        lists.Should().HaveCountGreaterThanOrEqualTo(18).And.Contain(
            ["/api/v1/reference/countries", "/api/v1/platforms/codes/themes", "/api/v1/clients/codes/sexes"]);

        foreach (var path in lists)
        {
            var czech = await Labels(path, "cs");
            foreach (var language in Languages)
            {
                var labels = await Labels(path, language);
                labels.Keys.Should().Equal(czech.Keys, $"{path} lists the same codes in {language}");
                labels.Where(l => string.IsNullOrWhiteSpace(l.Value)).Should().BeEmpty($"every entry of {path} has a {language} label");
            }
        }
    }

    [Theory]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.8", "uk", "Україна")]
    [InlineData("de-DE,de;q=0.9,ru;q=0.5,en;q=0.4", "ru", "Украина")]
    [InlineData("en;q=0.5, vi", "vi", "Ukraine")]
    [InlineData("ru;q=0, en;q=0.1", "en", "Ukraine")]
    [InlineData("fr, de;q=0.8", "cs", "Ukrajina")]
    [InlineData("", "cs", "Ukrajina")]
    public async Task Accept_language_picks_the_best_served_language_and_czech_otherwise(string header, string served, string ukraine)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/countries");
        request.Headers.TryAddWithoutValidation("Accept-Language", header);
        var response = await _counsellor.SendAsync(request);

        var countries = await response.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal(served);
        response.Headers.Vary.Should().Contain("Accept-Language");
        var entry = countries.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "UA");
        entry.GetProperty("label").GetString().Should().Be(ukraine);
        entry.GetProperty("cs").GetString().Should().Be("Ukrajina", "the Czech and English labels stay");
        entry.GetProperty("en").GetString().Should().Be("Ukraine");
    }

    [Fact]
    public async Task The_lang_parameter_wins_over_accept_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/service-forms?lang=vi");
        request.Headers.TryAddWithoutValidation("Accept-Language", "uk");
        var response = await _counsellor.SendAsync(request);

        var forms = await response.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("vi");
        forms.EnumerateArray().Single(f => f.GetProperty("code").GetString() == "remote")
            .GetProperty("label").GetString().Should().Be("Từ xa (điện thoại, trực tuyến)");
    }

    [Fact]
    public async Task Each_language_has_its_own_etag_and_answers_304_to_it()
    {
        var ukrainian = await _counsellor.GetAsync("/api/v1/reference/languages?lang=uk");
        var russian = await _counsellor.GetAsync("/api/v1/reference/languages?lang=ru");
        ukrainian.Headers.ETag.Should().NotBe(russian.Headers.ETag);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/languages");
        again.Headers.TryAddWithoutValidation("Accept-Language", "uk-UA,uk;q=0.9");
        again.Headers.IfNoneMatch.Add(ukrainian.Headers.ETag!);
        var notModified = await _counsellor.SendAsync(again);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        notModified.Headers.ETag.Should().Be(ukrainian.Headers.ETag);

        var otherLanguage = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/languages?lang=ru");
        otherLanguage.Headers.IfNoneMatch.Add(ukrainian.Headers.ETag!);
        var changed = await _counsellor.SendAsync(otherLanguage);
        (await changed.ShouldBe(HttpStatusCode.OK)).EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == "uk").GetProperty("label").GetString().Should().Be("украинский");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("ukrainian")]
    public async Task An_unsupported_lang_is_a_validation_problem(string lang)
    {
        var problem = await (await _counsellor.GetAsync($"/api/v1/platforms/codes/seats?lang={lang}"))
            .ShouldBeProblem(ProblemTypes.Validation);
        problem.GetProperty("errors").GetProperty("lang")[0].GetString().Should().Be("lang is one of: cs, en, uk, ru, vi.");
    }

    private async Task<Dictionary<string, string?>> Labels(string path, string language)
    {
        var response = await _counsellor.GetAsync($"{path}?lang={language}");
        var items = await response.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal(language);
        return items.EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!,
            i => i.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.String ? label.GetString() : null);
    }
}
